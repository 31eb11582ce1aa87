import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { ReadableStream } from 'node:stream/web';
import { signDevelopmentToken } from '@muster/auth';
import { ServiceName, WITNESS_NAME, logNameOf } from '@muster/contracts';
import { LogVerifier, PublicKeyEntry, parseLogLine } from '@muster/log-proofs';
import { WitnessConfig } from './config';
import { errorMessage, Logger } from './logger';
import { Alert, WitnessStore } from './witness-store';

/** One thing the verifier found in a service's log this round. */
export interface AuditFinding {
  readonly service: ServiceName;
  readonly log: string;
  readonly code: string;
  readonly message: string;
}

/**
 * What one audit round found: everything wrong with the logs now (`findings`), the alerts that raised that were not
 * raised before (`alerts`), and the services it could not read.
 */
export interface AuditReport {
  readonly findings: AuditFinding[];
  readonly alerts: Alert[];
  readonly unreachable: ServiceName[];
}

/** A bearer token with the auditor role: minted here in development, given by the deployment in production. */
async function auditToken(source: WitnessConfig['auditToken']): Promise<string> {
  if (source.kind === 'given') return source.token;
  return signDevelopmentToken(source.secret, {
    sub: WITNESS_NAME,
    name: 'Muster witness',
    roles: ['auditor'],
    expiresIn: '5m',
  });
}

/**
 * Audits each service's log as its database holds it now: the service's export, line by line, through the verifier
 * with the checkpoints the witness countersigned. Whatever the verifier finds is `tampered-log`; a service that does
 * not answer (or answers an error) is only logged, and tried again next round.
 */
export class Auditor {
  private running: Promise<AuditReport> | undefined;

  constructor(
    private readonly services: WitnessConfig['services'],
    private readonly token: WitnessConfig['auditToken'],
    private readonly trustedKeys: readonly PublicKeyEntry[],
    private readonly store: WitnessStore,
    private readonly logger: Logger,
  ) {}

  /** One round over every service; a round asked for while one runs shares it. */
  auditAll(): Promise<AuditReport> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<AuditReport> {
    const findings: AuditFinding[] = [];
    const alerts: Alert[] = [];
    const unreachable: ServiceName[] = [];
    for (const [service, baseUrl] of Object.entries(this.services) as [ServiceName, string][]) {
      try {
        const audited = await this.audit(service, baseUrl);
        findings.push(...audited.findings);
        alerts.push(...audited.alerts);
      } catch (error) {
        unreachable.push(service);
        this.logger.warn({ service, error: errorMessage(error) }, 'audit failed');
      }
    }
    return { findings, alerts, unreachable };
  }

  private async audit(service: ServiceName, baseUrl: string): Promise<{ findings: AuditFinding[]; alerts: Alert[] }> {
    const checkpoints = await this.store.checkpointsOf(service);
    // Its log's name as it signs it (a test instance's is its own), else the service's.
    const serviceLog = checkpoints[0]?.log ?? logNameOf(service);
    const response = await fetch(`${baseUrl}/audit/log/export`, {
      headers: { Authorization: `Bearer ${await auditToken(this.token)}`, Accept: 'application/x-ndjson' },
    });
    if (!response.ok || !response.body) throw new Error(`${service} answered ${response.status}`);
    const verifier = new LogVerifier({ keys: this.trustedKeys, checkpoints });
    const lines = createInterface({ input: Readable.fromWeb(response.body as ReadableStream), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      try {
        verifier.add(parseLogLine(line));
      } catch (error) {
        // A line that is no entry at all is a finding too; anything else (the stream broke) ends the round.
        if (!(error instanceof TypeError || error instanceof SyntaxError)) throw error;
        verifier.addMalformed(`${service}'s export, line ${lineNumber}`, error.message);
      }
    }
    const { entries, findings } = verifier.finish();

    const found: AuditFinding[] = [];
    const raised: Alert[] = [];
    for (const finding of findings) {
      const log = finding.log ?? serviceLog;
      found.push({ service, log, code: finding.code, message: finding.message });
      const alert = await this.store.raise({
        kind: 'tampered-log',
        log,
        message: `${finding.code}: ${finding.message}`,
        evidence: { service, ...finding },
        fingerprint: `tampered-log ${service} ${log} ${finding.code} ${finding.message}`,
      });
      if (alert) raised.push(alert);
    }
    this.logger.info(
      { service, log: serviceLog, entries, checkpoints: checkpoints.length, findings: findings.length },
      'audited',
    );
    return { findings: found, alerts: raised };
  }
}
