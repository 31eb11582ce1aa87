import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';
import { REPO_ROOT } from './infrastructure';

// ESLint checks a domain file's own imports; this follows them all the way down. A domain file may reach only
// other domain code and the pure libraries, and from outside the repository only what pure code needs.
const PURE_PACKAGES = ['node:crypto', '@sinclair/typebox', '@sinclair/typebox/compiler'];

const { compilerOptions } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

/** The source folders of libraries tagged type:pure, read from their project.json. */
function pureLibraryFolders(): string[] {
  return readdirSync(join(REPO_ROOT, 'libs'))
    .filter((lib) => {
      const project = join(REPO_ROOT, 'libs', lib, 'project.json');
      return existsSync(project) && (JSON.parse(readFileSync(project, 'utf8')).tags ?? []).includes('type:pure');
    })
    .map((lib) => join(REPO_ROOT, 'libs', lib, 'src'));
}

function resolveImport(from: string, specifier: string): string | undefined {
  const mapped = compilerOptions.paths[specifier]?.[0];
  const base = mapped ? join(REPO_ROOT, mapped) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (base === null) return undefined;
  return [base, `${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
}

/**
 * Every problem on the way down from `entry`: `a → b → c: why`. Files in `seen` were checked already (by an earlier
 * entry), so each problem is named once, by the first chain that reaches it.
 */
function impurities(entry: string, source = readFileSync(entry, 'utf8'), seen = new Set<string>()): string[] {
  const pure = pureLibraryFolders();
  const allowedFile = (file: string) => file.includes('/domain/') || pure.some((folder) => file.startsWith(folder));
  const problems: string[] = [];
  const visit = (file: string, text: string, path: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...path, relative(REPO_ROOT, file)];
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolveImport(file, specifier);
      if (target === undefined) {
        if (!PURE_PACKAGES.includes(specifier)) problems.push(`${here.join(' → ')}: imports ${specifier}`);
      } else if (!allowedFile(target)) {
        problems.push(`${here.join(' → ')}: imports ${relative(REPO_ROOT, target)}, which is neither domain nor pure`);
      } else {
        visit(target, readFileSync(target, 'utf8'), here);
      }
    }
  };
  visit(entry, source, []);
  return problems;
}

function domainFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return domainFiles(path);
    return path.includes('/domain/') && path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('domain code is pure all the way down', () => {
  const services = join(REPO_ROOT, 'services');
  const files = readdirSync(services).flatMap((service) => domainFiles(join(services, service, 'src')));

  it('finds the domain folders it checks', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('reaches only domain code, pure libraries and pure packages from any domain file', () => {
    const seen = new Set<string>();
    expect(files.flatMap((file) => impurities(file, undefined, seen))).toEqual([]);
  });

  it('names the chain when a domain file reaches framework code through an innocent-looking module', () => {
    const probe = join(services, 'personnel/src/member/domain/probe.ts');
    // The aggregate file is application code: it imports @muster/platform, which imports NestJS.
    expect(impurities(probe, "import { memberAggregate } from '../member.aggregate';\n")).toEqual([
      'services/personnel/src/member/domain/probe.ts: imports services/personnel/src/member/member.aggregate.ts, ' +
        'which is neither domain nor pure',
    ]);
    expect(impurities(probe, "import { Module } from '@nestjs/common';\n")).toEqual([
      'services/personnel/src/member/domain/probe.ts: imports @nestjs/common',
    ]);
  });

  it('follows imports into the pure libraries and checks them too', () => {
    const probe = join(REPO_ROOT, 'libs/event-sourcing/src/probe.ts');
    expect(impurities(probe, "import { DataSource } from 'typeorm';\n")).toEqual([
      'libs/event-sourcing/src/probe.ts: imports typeorm',
    ]);
  });
});
