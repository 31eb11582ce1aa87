import { json, NextFunction, Request, Response } from 'express';
import { apiError } from './api-error';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** A body that is not JSON is refused (415) rather than silently read as empty. */
export function requireJsonContentType(req: Request, res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (WITH_BODY.has(req.method) && hasBody && !req.is('application/json')) {
    res.status(415).json(apiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json'));
    return;
  }
  next();
}

export function jsonBody(limitKb: number): ReturnType<typeof json> {
  return json({ limit: `${limitKb}kb`, strict: true });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a value cannot be stored as text (PostgreSQL's jsonb refuses NUL and lone surrogates), or null when it can. */
export function malformedText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'contains a NUL character';
    return LONE_SURROGATE.test(value) ? 'contains a lone UTF-16 surrogate (not valid Unicode)' : null;
  }
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const problem = malformedText(key, depth + 1) ?? malformedText(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Text no database column can hold is refused up front (400), so it never reaches a query as a 500. */
export function requireWellFormedText(req: Request, res: Response, next: NextFunction): void {
  const problem = malformedText(req.body) ?? malformedText(req.query);
  if (problem) {
    res.status(400).json(apiError(400, 'MALFORMED_TEXT', `The request ${problem}`));
    return;
  }
  next();
}

/** body-parser reports through Express's error chain, before Nest's filters: answer in Muster's error shape. */
export function bodyErrors(limitKb: number) {
  return (
    error: Error & { type?: string; status?: number },
    _req: Request,
    res: Response,
    next: NextFunction,
  ): void => {
    switch (error.type) {
      case 'entity.parse.failed':
        res.status(400).json(apiError(400, 'MALFORMED_JSON', 'The request body is not valid JSON'));
        return;
      case 'entity.too.large':
        res.status(413).json(apiError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limitKb} KB`));
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        res.status(415).json(apiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as UTF-8 JSON'));
        return;
      default:
        next(error);
    }
  };
}
