// The training service's OpenAPI document as TypeScript: generated (infra/src/console-openapi.ts), do not edit.
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The Health Check is successful */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example ok */
              status?: string;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       }
               *     }
               */
              info?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /** @example {} */
              error?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       }
               *     }
               */
              details?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description The Health Check is not successful */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example error */
              status?: string;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       }
               *     }
               */
              info?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /**
               * @example {
               *       "redis": {
               *         "status": "down",
               *         "message": "Could not connect"
               *       }
               *     }
               */
              error?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       },
               *       "redis": {
               *         "status": "down",
               *         "message": "Could not connect"
               *       }
               *     }
               */
              details?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The Health Check is successful */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example ok */
              status?: string;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       }
               *     }
               */
              info?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /** @example {} */
              error?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       }
               *     }
               */
              details?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
        /** @description The Health Check is not successful */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example error */
              status?: string;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       }
               *     }
               */
              info?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /**
               * @example {
               *       "redis": {
               *         "status": "down",
               *         "message": "Could not connect"
               *       }
               *     }
               */
              error?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              } | null;
              /**
               * @example {
               *       "database": {
               *         "status": "up"
               *       },
               *       "redis": {
               *         "status": "down",
               *         "message": "Could not connect"
               *       }
               *     }
               */
              details?: {
                [key: string]: {
                  status: string;
                } & {
                  [key: string]: unknown;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/streams/{streamId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/streams/{streamId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/log/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The public key that signs this log: `{ keys: [{ name, keyId, publicKey }] }` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/log/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed tree heads, oldest first, each with its consistency proof from the one before */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/log/checkpoints/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The newest signed tree head */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/log/events/{eventId}/inclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The event's log index and its inclusion proof in the tree of the given size */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/log/consistency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The consistency proof between the trees of two sizes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/log/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The whole log, one JSON entry per line */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/known-centres/{centreId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          centreId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The course catalogue by competency, paged (retired courses on request) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          competency?: string;
          /** @description list retired courses too */
          includeRetired?: unknown;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { items, total, limit, offset } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** Add a course: code, names in Arabic and English, competency, hours, pass mark, validity, prerequisites */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AddCourseDto'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/courses/{courseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A course: its terms now, or the version in force on a past date (?asOf=), with history */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          courseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The course’s terms, retirement and earlier versions; `version` is its stream version */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/courses/{courseId}/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revise a course: a new version of its terms from a day, with why; earlier versions stay readable */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          courseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReviseCourseDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/courses/{courseId}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a course: kept in the catalogue and in the certifications it gave, but no new sessions */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          courseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RetireCourseDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Certifications by member, competency and status, paged (commanders: their centres’) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          memberId?: string;
          competency?: string;
          status?: 'valid' | 'suspended' | 'expired' | 'revoked';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { items, total, limit, offset } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications/{certificationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A certification with its history, now or as the register knew it on a past date (?asOf=) */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The certification; `version` is its stream version (also the ETag) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications/expiry-sweep': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Expire every certification whose last valid day is before asOf (idempotent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ExpirySweepDto'];
        };
      };
      responses: {
        /** @description { asOf, due, expired } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications/{certificationId}/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renew a certification (a refresher outside a session): valid until a later day */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RenewCertificationDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications/{certificationId}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a valid certification: it stops counting until reinstated */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SuspendCertificationDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications/{certificationId}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a suspended certification */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReinstateCertificationDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certifications/{certificationId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a certification for good, with why */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RevokeCertificationDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sessions by centre and course, the latest first, paged (commanders: their centres’) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          centreId?: string;
          courseId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { items, total, limit, offset } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** Schedule a session of a course at a centre: instructors, days, capacity (commanders: their centres) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScheduleSessionDto'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A session with its enrolments, attendance by day and results */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The session; `version` is its stream version (also the ETag) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{sessionId}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enrol a member: known, not killed, departed or suspended, holding the prerequisites, while there is room */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EnrolMemberDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{sessionId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an enrolled member present or absent on one of the session’s days */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordAttendanceDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{sessionId}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an enrolled member’s score (0–100): a pass awards or renews the certification */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordResultDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/role-requirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The competencies each member role requires, today or on a past date */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { items: [{ role, competencies, from, until, reason, setBy }] } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/role-requirements/{role}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a role’s requirements, from the default on */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          role:
            | 'rescuer'
            | 'firefighter'
            | 'paramedic'
            | 'driver'
            | 'mechanic'
            | 'radio-operator'
            | 'media-documenter'
            | 'ordnance-awareness'
            | 'team-leader'
            | 'centre-commander';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { items: [{ role, competencies, from, until, reason, setBy }] } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/role-requirements/{role}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the competencies a member role requires (all of them), with the reason */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          role:
            | 'rescuer'
            | 'firefighter'
            | 'paramedic'
            | 'driver'
            | 'mechanic'
            | 'radio-operator'
            | 'media-documenter'
            | 'ordnance-awareness'
            | 'team-leader'
            | 'centre-commander';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SetRoleRequirementsDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/compliance/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a member lacks for their roles (missing, expired, suspended, revoked), on any date */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          memberId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { memberId, on, status, centreId, roles, required, lacking: [{ competency, reason }] } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/compliance/centres/{centreId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A centre’s members who are not compliant with their roles’ requirements, on any date */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          centreId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { centreId, on, items: [{ memberId, lacking… }], total, limit, offset } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/compliance/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Certifications expiring within N days of a date (commanders: their centres’ members) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
          /** @description expiring within this many days */
          withinDays?: unknown;
          centreId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { on, until, items: [{ certificationId, memberId, centreId, competency, expiresOn }] } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recognition-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recognition cases by intake, member or open/closed, paged (commanders: their centres’) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          intakeId?: string;
          memberId?: string;
          /** @description true: only cases still open; false: only closed ones */
          open?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description { items, total, limit, offset } */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recognition-cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A recognition case: prior service, evidence, grants, assessments required */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the case, its version as the ETag */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recognition-cases/{caseId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record evidence of the person’s prior learning (needed before any equivalence is granted) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordRecognitionEvidenceDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recognition-cases/{caseId}/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant a certification equivalent to a course, for one of the person’s prior services (after evidence) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GrantRecognitionDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recognition-cases/{caseId}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Require an assessment or a refresher before any certification in a course */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RequireAssessmentDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/recognition-cases/{caseId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a recognition case once everything in it is decided */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The version you read (e.g. "3"): the command is refused with 409 CONCURRENCY_CONFLICT if the record changed since. */
          'If-Match'?: string;
          /** @description 1–100 letters, digits or . _ : - chosen by the client: a retry with the same key answers as the first time and records nothing new. */
          'Idempotency-Key'?: string;
        };
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CloseRecognitionCaseDto'];
        };
      };
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description No such record, or not in your scope */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The record’s state forbids it (stable code), or CONCURRENCY_CONFLICT */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A business rule refuses it (stable code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddCourseDto: {
      /** @example القيادة الدفاعية */
      nameAr: string;
      /** @example Defensive driving */
      nameEn: string;
      /** @example defensive-driving */
      competency: string;
      /** @example 24 */
      hours: number;
      /**
       * @description the lowest passing score
       * @example 70
       */
      passMark: number;
      /**
       * @description null: no expiry
       * @example 24
       */
      validityMonths: Record<string, never> | null;
      /** @description courses whose competency is required */
      prerequisites: string[];
      /** @description the induction every new member takes */
      isInduction: boolean;
      /** @example DD-201 */
      code: string;
    };
    CommandResult: {
      /** Format: uuid */
      id: string;
      /** @description The stream version after the command: pass it as If-Match next time */
      version: number;
    };
    ReviseCourseDto: {
      /** @example القيادة الدفاعية */
      nameAr: string;
      /** @example Defensive driving */
      nameEn: string;
      /** @example defensive-driving */
      competency: string;
      /** @example 24 */
      hours: number;
      /**
       * @description the lowest passing score
       * @example 70
       */
      passMark: number;
      /**
       * @description null: no expiry
       * @example 24
       */
      validityMonths: Record<string, never> | null;
      /** @description courses whose competency is required */
      prerequisites: string[];
      /** @description the induction every new member takes */
      isInduction: boolean;
      /**
       * Format: date
       * @example 2025-03-01
       */
      revisedOn: string;
      /** @example Night driving added */
      reason: string;
    };
    RetireCourseDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      retiredOn: string;
      /** @example Replaced by DD-202 */
      reason: string;
    };
    ExpirySweepDto: {
      /**
       * Format: date
       * @description the day of the sweep: certifications whose last valid day is before it expire
       * @example 2025-03-01
       */
      asOf: string;
    };
    RenewCertificationDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      renewedOn: string;
      /**
       * Format: date
       * @description its new last valid day; null: no expiry
       * @example 2025-03-01
       */
      expiresOn?: string | null;
    };
    SuspendCertificationDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      suspendedOn: string;
      /** @example Under investigation after an incident */
      reason: string;
    };
    ReinstateCertificationDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      reinstatedOn: string;
    };
    RevokeCertificationDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      revokedOn: string;
      /** @example Obtained by fraud */
      reason: string;
    };
    ScheduleSessionDto: {
      /** Format: uuid */
      courseId: string;
      /**
       * Format: uuid
       * @description where it runs
       */
      centreId: string;
      /** @description member ids */
      instructorIds: string[];
      /**
       * Format: date
       * @example 2025-03-01
       */
      startsOn: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      endsOn: string;
      /** @example 20 */
      capacity: number;
    };
    EnrolMemberDto: {
      /** Format: uuid */
      memberId: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      enrolledOn: string;
    };
    RecordAttendanceDto: {
      /** Format: uuid */
      memberId: string;
      /**
       * Format: date
       * @description one of the session’s days
       * @example 2025-03-01
       */
      day: string;
      /** @description present (true) or absent (false) */
      present: boolean;
    };
    RecordResultDto: {
      /** Format: uuid */
      memberId: string;
      /** @example 82 */
      score: number;
      /**
       * Format: date
       * @example 2025-03-01
       */
      resultOn: string;
    };
    SetRoleRequirementsDto: {
      /**
       * @description every competency the role requires
       * @example [
       *       "driving",
       *       "defensive-driving"
       *     ]
       */
      competencies: string[];
      /**
       * Format: date
       * @description the first day the role requires them
       * @example 2025-03-01
       */
      effectiveOn: string;
      /** @example Drivers are first on scene: first aid too */
      reason: string;
    };
    RecordRecognitionEvidenceDto: {
      /** @example Brigade certificate seen; live-fire drill observed at the centre */
      description: string;
      /**
       * @description a document or file reference, if any
       * @example AFB-1187
       */
      reference?: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      recordedOn: string;
    };
    GrantRecognitionDto: {
      /**
       * Format: uuid
       * @description the course the prior learning is equivalent to
       */
      courseId: string;
      /** @description which of the case’s prior services it recognises (0: the first listed) */
      priorServiceIndex: number;
      /**
       * Format: date
       * @example 2025-03-01
       */
      issuedOn: string;
      /**
       * Format: date
       * @description its last valid day; null: it does not expire
       * @example 2025-03-01
       */
      expiresOn?: string | null;
    };
    RequireAssessmentDto: {
      /** Format: uuid */
      courseId: string;
      /** @enum {string} */
      requirement: 'assessment' | 'refresher';
      /** @example Breathing apparatus practice out of date */
      notes: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      decidedOn: string;
    };
    CloseRecognitionCaseDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      closedOn: string;
      /** @example Firefighting recognised; first aid by refresher */
      notes?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
