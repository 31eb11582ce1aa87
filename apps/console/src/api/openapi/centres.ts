// The centres service's OpenAPI document as TypeScript: generated (infra/src/console-openapi.ts), do not edit.
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
        /** @description Prometheus' text exposition format (0.0.4) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
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
          content: {
            'application/json': components['schemas']['AuditStreamPage'];
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
          content: {
            'application/json': components['schemas']['AuditCorrelation'];
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
          content: {
            'application/json': components['schemas']['AuditStreamVerification'];
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
        /** @description The public key that signs this log */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LogKeys'];
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
          content: {
            'application/json': components['schemas']['LogCheckpoints'];
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
          content: {
            'application/json': components['schemas']['LogCheckpoint'];
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
          content: {
            'application/json': components['schemas']['LogInclusion'];
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
          content: {
            'application/json': components['schemas']['LogConsistency'];
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
          content: {
            'application/x-ndjson': string;
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
  '/centres': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The centres, by governorate, status and type, paged (commanders: their own centres) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          governorate?: string;
          status?: 'planned' | 'operational' | 'degraded' | 'damaged' | 'destroyed' | 'closed';
          centreType?: 'search-and-rescue' | 'fire' | 'ambulance' | 'womens-centre' | 'mixed';
        };
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
          content: {
            'application/json': components['schemas']['CentrePage'];
          };
        };
      };
    };
    put?: never;
    /** Register a centre: code, names in Arabic and English, governorate, type, capacity, power, site */
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
          'application/json': components['schemas']['RegisterCentreDto'];
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
  '/centres/{centreId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A centre’s profile with its site and status histories and open hazards, now or ?asOf= */
    get: {
      parameters: {
        query?: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CentreProfile'];
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
  '/centres/{centreId}/details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct or change a centre’s type, capacity and power supply */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateCentreDetailsDto'];
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
  '/centres/{centreId}/relocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a centre to another site: the same centre, everything assigned to it stays; the move is recorded */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RelocateCentreDto'];
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
  '/centres/{centreId}/commander-appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Appoint the centre’s commander (admins only), an active member, replacing the current one */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AppointCommanderDto'];
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
  '/centres/{centreId}/commissioning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A planned (or rebuilt) centre starts working: operational */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CommissionCentreDto'];
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
  '/centres/{centreId}/degradation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report that an operational centre works with limits (no power, road cut…): degraded */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReportDegradedDto'];
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
  '/centres/{centreId}/restoration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report that a degraded or repaired damaged centre is fully operational again */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RestoreCentreDto'];
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
  '/centres/{centreId}/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report that the centre was damaged or destroyed, with the incident behind it */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReportIncidentDto'];
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
  '/centres/{centreId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a centre, with the reason and the estimated reopening */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CloseCentreDto'];
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
  '/centres/{centreId}/reopening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a closed centre: operational */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReopenCentreDto'];
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
  '/centres/{centreId}/rebuild-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the decision to rebuild a destroyed centre: planned again until commissioned */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DecideRebuildDto'];
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
  '/centres/{centreId}/hazards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a hazard found on site (ordnance, explosives, structural, chemical): where, how severe */
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
          centreId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReportHazardDto'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportHazardResult'];
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
  '/centres/{centreId}/hazards/{hazardId}/cordon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a hazard is cordoned off */
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
          centreId: string;
          hazardId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CordonHazardDto'];
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
  '/centres/{centreId}/hazards/{hazardId}/clearance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a hazard was cleared: by whom and how */
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
          centreId: string;
          hazardId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClearHazardDto'];
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
  '/centres/{centreId}/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A centre’s readiness with its reasons and figures, now or ?asOf= (commanders: their own) */
    get: {
      parameters: {
        query?: {
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CentreReadiness'];
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
  '/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every centre’s readiness and the organisation’s summary, now or ?asOf= */
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrganisationReadiness'];
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
  '/base-transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Base transfers with their progress, latest planned first, by centre (leaving or reaching it) and status, paged (commanders: their own centres) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          /** @description transfers leaving or reaching this centre */
          centreId?: string;
          status?: 'planned' | 'started' | 'completed' | 'cancelled';
        };
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
          content: {
            'application/json': components['schemas']['BaseTransferPage'];
          };
        };
      };
    };
    put?: never;
    /** Plan a base transfer: members and vehicles moving from one centre to another, when, and why */
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
          'application/json': components['schemas']['PlanBaseTransferDto'];
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
  '/base-transfers/{baseTransferId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A base transfer’s plan and progress: each vehicle awaited, arrived or withdrawn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          baseTransferId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BaseTransferProgress'];
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
  '/base-transfers/{baseTransferId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a planned base transfer today: equipment dispatches its vehicles to the destination */
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
          baseTransferId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StartBaseTransferDto'];
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
  '/base-transfers/{baseTransferId}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a base transfer once every vehicle arrived or was withdrawn (receiving commander or admin) */
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
          baseTransferId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ConfirmBaseTransferDto'];
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
  '/base-transfers/{baseTransferId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a base transfer before it completes: equipment sends the vehicles back */
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
          baseTransferId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelBaseTransferDto'];
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
    AuditEventMetadata: {
      actorId: string;
      actorRoles: string[];
      correlationId: string;
      causationId?: string;
      commandId?: string;
      reason?: string;
    };
    AuditEvent: {
      /** Format: uuid */
      id: string;
      streamId: string;
      streamType: string;
      streamVersion: number;
      /** @description a bigint as a decimal string */
      globalPosition: string;
      type: string;
      schemaVersion: number;
      /** @description the event's data, its shape given by its type (docs/events.md) */
      data: {
        [key: string]: unknown;
      };
      metadata: components['schemas']['AuditEventMetadata'];
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      recordedAt: string;
      hash: string;
      /** @description null for the first event of its stream */
      previousHash: string | null;
    };
    AuditStreamPage: {
      streamId: string;
      events: components['schemas']['AuditEvent'][];
      /** @description the next page's fromVersion; null at the end */
      nextFromVersion: number | null;
    };
    AuditCorrelation: {
      correlationId: string;
      events: components['schemas']['AuditEvent'][];
    };
    AuditStreamProblem: {
      streamVersion: number;
      /** @enum {string} */
      kind: 'edited' | 'deleted' | 'inserted' | 'reordered' | 'hash-mismatch';
      message: string;
    };
    AuditStreamVerification: {
      streamId: string;
      ok: boolean;
      eventsChecked: number;
      problems: components['schemas']['AuditStreamProblem'][];
    };
    LogPublicKey: {
      /** @description the log it signs for, `muster/<service>` */
      name: string;
      keyId: string;
      /** @description base64 of the raw 32-byte Ed25519 public key */
      publicKey: string;
    };
    LogKeys: {
      keys: components['schemas']['LogPublicKey'][];
    };
    LogConsistencyFromPrevious: {
      fromSize: number;
      /** @description hashes in lowercase hex, RFC 9162 order */
      proof: string[];
    };
    LogCheckpoint: {
      /** @description `muster/<service>` */
      log: string;
      size: number;
      /** @description the Merkle root of the first `size` entries, lowercase hex */
      root: string;
      /** Format: date-time */
      time: string;
      keyId: string;
      /** @description base64 Ed25519 signature over the checkpoint text */
      signature: string;
      /** @description from the previous checkpoint; null for the first */
      consistency: components['schemas']['LogConsistencyFromPrevious'] | null;
    };
    LogCheckpoints: {
      log: string;
      checkpoints: components['schemas']['LogCheckpoint'][];
    };
    LogInclusion: {
      log: string;
      /** Format: uuid */
      eventId: string;
      logIndex: number;
      treeSize: number;
      /** @description hashes in lowercase hex, RFC 9162 order */
      proof: string[];
    };
    LogConsistency: {
      log: string;
      fromSize: number;
      toSize: number;
      /** @description hashes in lowercase hex, RFC 9162 order */
      proof: string[];
    };
    CentreSummary: {
      /** Format: uuid */
      centreId: string;
      version: number;
      code: string;
      nameAr: string;
      nameEn: string;
      governorate: string;
      /** @enum {string|null} */
      centreType: 'search-and-rescue' | 'fire' | 'ambulance' | 'womens-centre' | 'mixed' | null;
      /** @enum {string} */
      status: 'planned' | 'operational' | 'degraded' | 'damaged' | 'destroyed' | 'closed';
      /** Format: date */
      statusSince: string;
      address: string | null;
      /** Format: uuid */
      commanderId: string | null;
      openHazards: number;
      openSevereHazards: number;
    };
    CentrePage: {
      items: components['schemas']['CentreSummary'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    CapacityView: {
      people: number;
      vehicleBays: number;
    };
    CentreCommanderView: {
      /** Format: uuid */
      memberId: string;
      /** Format: date */
      appointedOn: string;
    };
    CoordinatesView: {
      latitude: number;
      longitude: number;
    };
    SiteView: {
      address: string;
      coordinates: components['schemas']['CoordinatesView'] | null;
    };
    SiteHistoryEntry: {
      site: components['schemas']['SiteView'];
      /** Format: date */
      from: string;
      /**
       * Format: date
       * @description null: the current site
       */
      until: string | null;
      /** @description why the centre moved here; null where it was registered */
      reason: string | null;
    };
    IncidentView: {
      /** @enum {string} */
      cause:
        | 'air-strike'
        | 'double-tap-strike'
        | 'shelling'
        | 'earthquake'
        | 'fire'
        | 'explosive-remnants'
        | 'flood'
        | 'other';
      /** Format: date */
      occurredOn: string;
      incidentRef: string | null;
      casualties: boolean;
      description: string;
    };
    StatusChangeView: {
      /** @enum {string} */
      kind:
        | 'registered'
        | 'commissioned'
        | 'degraded'
        | 'restored'
        | 'damaged'
        | 'destroyed'
        | 'closed'
        | 'reopened'
        | 'rebuild-decided';
      /** @description degraded */
      reasons?: (
        'no-power' | 'road-cut' | 'no-water' | 'no-communications' | 'vehicles-unavailable' | 'short-staffed' | 'other'
      )[];
      /** @description degraded, restored, reopened, rebuild-decided */
      note?: string;
      /** @description damaged, destroyed */
      incident?: components['schemas']['IncidentView'];
      /** @description closed */
      reason?: string;
      /**
       * Format: date
       * @description closed
       */
      estimatedReopeningOn?: string | null;
      /** @description rebuild-decided */
      decisionRef?: string;
      /** @description rebuild-decided */
      decidedBy?: string;
    };
    StatusHistoryEntry: {
      /** @enum {string} */
      status: 'planned' | 'operational' | 'degraded' | 'damaged' | 'destroyed' | 'closed';
      /** Format: date */
      since: string;
      change: components['schemas']['StatusChangeView'];
    };
    HazardCordonView: {
      /** Format: date */
      cordonedOn: string;
      note: string;
      cordonedBy: string;
    };
    HazardClearanceView: {
      /** Format: date */
      clearedOn: string;
      clearedBy: string;
      method: string;
      recordedBy: string;
    };
    HazardView: {
      /** Format: uuid */
      hazardId: string;
      /** @enum {string} */
      kind: 'unexploded-ordnance' | 'improvised-explosives' | 'structural' | 'chemical' | 'other';
      location: string;
      /** @enum {string} */
      severity: 'low' | 'moderate' | 'severe';
      description: string;
      /** Format: date */
      reportedOn: string;
      reportedBy: string;
      cordon: components['schemas']['HazardCordonView'] | null;
      clearance: components['schemas']['HazardClearanceView'] | null;
    };
    CentreProfile: {
      /** Format: uuid */
      centreId: string;
      /** @description The centre stream’s version (also the ETag) */
      version: number;
      code: string;
      nameAr: string;
      nameEn: string;
      governorate: string;
      /** @enum {string|null} */
      centreType: 'search-and-rescue' | 'fire' | 'ambulance' | 'womens-centre' | 'mixed' | null;
      capacity: components['schemas']['CapacityView'] | null;
      /** @enum {string|null} */
      powerSupply: 'grid' | 'generator' | 'solar' | 'grid-and-generator' | 'none' | null;
      commander: components['schemas']['CentreCommanderView'] | null;
      site: components['schemas']['SiteView'] | null;
      /** @description Every site, oldest first */
      siteHistory: components['schemas']['SiteHistoryEntry'][];
      /** @enum {string} */
      status: 'planned' | 'operational' | 'degraded' | 'damaged' | 'destroyed' | 'closed';
      /** Format: date */
      statusSince: string;
      /** @description Every status, oldest first, with what caused it */
      statusHistory: components['schemas']['StatusHistoryEntry'][];
      /** @description Hazards not cleared yet */
      openHazards: components['schemas']['HazardView'][];
      clearedHazards: components['schemas']['HazardView'][];
    };
    CapacityDto: {
      /** @description people the centre can host on shift */
      people: number;
      vehicleBays: number;
    };
    CoordinatesDto: {
      /** @example 36.2021 */
      latitude: number;
      /** @example 37.1343 */
      longitude: number;
    };
    SiteDto: {
      /** @example Former fire station, Al-Shaar, Aleppo */
      address: string;
      coordinates?: components['schemas']['CoordinatesDto'] | null;
    };
    RegisterCentreDto: {
      /** @enum {string} */
      centreType: 'search-and-rescue' | 'fire' | 'ambulance' | 'womens-centre' | 'mixed';
      capacity: components['schemas']['CapacityDto'];
      /** @enum {string} */
      powerSupply: 'grid' | 'generator' | 'solar' | 'grid-and-generator' | 'none';
      /** @example IDL-03 */
      code: string;
      /** @example مركز سراقب */
      nameAr: string;
      /** @example Saraqib Centre */
      nameEn: string;
      /** @example Idlib */
      governorate: string;
      /**
       * @description planned or operational: a later status is recorded with what caused it
       * @default operational
       * @enum {string}
       */
      status: 'planned' | 'operational';
      site: components['schemas']['SiteDto'];
    };
    CommandResult: {
      /** Format: uuid */
      id: string;
      /** @description The stream version after the command: pass it as If-Match next time */
      version: number;
    };
    UpdateCentreDetailsDto: {
      /** @enum {string} */
      centreType: 'search-and-rescue' | 'fire' | 'ambulance' | 'womens-centre' | 'mixed';
      capacity: components['schemas']['CapacityDto'];
      /** @enum {string} */
      powerSupply: 'grid' | 'generator' | 'solar' | 'grid-and-generator' | 'none';
    };
    RelocateCentreDto: {
      site: components['schemas']['SiteDto'];
      /**
       * Format: date
       * @example 2025-03-01
       */
      relocatedOn: string;
      /** @example Moved into the former military outpost after the old base was handed back */
      reason: string;
    };
    AppointCommanderDto: {
      /**
       * Format: uuid
       * @description The member (personnel service) who commands the centre
       */
      memberId: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      appointedOn: string;
    };
    CommissionCentreDto: {
      /**
       * Format: date
       * @description the first day the centre works
       * @example 2025-03-01
       */
      since: string;
    };
    ReportDegradedDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      since: string;
      reasons: (
        'no-power' | 'road-cut' | 'no-water' | 'no-communications' | 'vehicles-unavailable' | 'short-staffed' | 'other'
      )[];
      /** @example Generator hit; grid down since the strike on the substation */
      note?: string;
    };
    RestoreCentreDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      since: string;
      /** @example Power back; road reopened */
      note?: string;
    };
    ReportIncidentDto: {
      /**
       * @description what the incident did to the centre
       * @enum {string}
       */
      outcome: 'damaged' | 'destroyed';
      /** @enum {string} */
      cause:
        | 'air-strike'
        | 'double-tap-strike'
        | 'shelling'
        | 'earthquake'
        | 'fire'
        | 'explosive-remnants'
        | 'flood'
        | 'other';
      /**
       * Format: date
       * @example 2025-03-01
       */
      occurredOn: string;
      /** @example INC-2016-ALP-0412 */
      incidentRef?: string | null;
      /** @description were people hurt or killed */
      casualties: boolean;
      /** @example Struck twice in one night; ambulances disabled, road access cut */
      description: string;
    };
    CloseCentreDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      since: string;
      /** @example Front line moved within 2 km */
      reason: string;
      /**
       * Format: date
       * @description when it should reopen, if anyone can say
       * @example 2025-03-01
       */
      estimatedReopeningOn?: string | null;
    };
    ReopenCentreDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      since: string;
      note?: string;
    };
    DecideRebuildDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      decidedOn: string;
      /** @example BOARD-2019-07 */
      decisionRef: string;
      note?: string;
    };
    ReportHazardDto: {
      /** @enum {string} */
      kind: 'unexploded-ordnance' | 'improvised-explosives' | 'structural' | 'chemical' | 'other';
      /** @example Basement, north stairwell */
      location: string;
      /**
       * @description severe: keep everyone away until cleared
       * @enum {string}
       */
      severity: 'low' | 'moderate' | 'severe';
      /** @example Home-made explosives in jerrycans, wired */
      description?: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      reportedOn: string;
    };
    ReportHazardResult: {
      /** Format: uuid */
      id: string;
      /** @description The stream version after the command: pass it as If-Match next time */
      version: number;
      /**
       * Format: uuid
       * @description The hazard’s id: cordon and clear it under it
       */
      hazardId: string;
    };
    CordonHazardDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      cordonedOn: string;
      /** @example Basement sealed, signs posted, guard at the stairs */
      note?: string;
    };
    ClearHazardDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      clearedOn: string;
      /** @example Explosive ordnance disposal team, Aleppo directorate */
      clearedBy: string;
      /** @example Devices removed and destroyed off site; basement swept */
      method: string;
    };
    VehicleCountView: {
      held: number;
      serviceable: number;
    };
    ReadinessReasonView: {
      code: string;
      /** @enum {string} */
      effect: 'limited' | 'not-ready';
      message: string;
      /** @description the figures the message speaks of */
      figures: {
        [key: string]: number | string;
      };
    };
    MembersFiguresView: {
      /** @description assigned here, on duty or not */
      assigned: number;
      onDuty: number;
      /** @description members on duty by role (a role held by none is left out) */
      onDutyByRole: {
        [key: string]: number;
      };
    };
    RoleCoverView: {
      /** @description members on duty holding the role */
      onDuty: number;
      /** @description of them, those whose required certification is valid */
      certified: number;
    };
    CertifiedRolesView: {
      driver: components['schemas']['RoleCoverView'];
      rescuer: components['schemas']['RoleCoverView'];
      firefighter: components['schemas']['RoleCoverView'];
    };
    CertifiedFiguresView: {
      known: boolean;
      /** @description only when known */
      roles?: components['schemas']['CertifiedRolesView'];
    };
    VehicleFiguresView: {
      known: boolean;
      /** @description only when known */
      held?: number;
      /** @description only when known */
      serviceable?: number;
      /** @description by vehicle type (a type held by none is left out); only when known */
      byType?: {
        [key: string]: components['schemas']['VehicleCountView'];
      };
    };
    HazardFiguresView: {
      open: number;
      severe: number;
    };
    CentreReadiness: {
      /** Format: uuid */
      centreId: string;
      code: string | null;
      /** Format: date-time */
      asOf: string;
      /** @enum {string} */
      level: 'ready' | 'limited' | 'not-ready';
      /** @description false while certifications or vehicles are unknown: the level is then at best limited */
      complete: boolean;
      /** @description those that make the centre not ready first */
      reasons: components['schemas']['ReadinessReasonView'][];
      /**
       * @description null: not registered yet on that date
       * @enum {string|null}
       */
      status: 'planned' | 'operational' | 'degraded' | 'damaged' | 'destroyed' | 'closed' | null;
      members: components['schemas']['MembersFiguresView'];
      certified: components['schemas']['CertifiedFiguresView'];
      vehicles: components['schemas']['VehicleFiguresView'];
      hazards: components['schemas']['HazardFiguresView'];
    };
    ReadinessSummaryView: {
      centres: number;
      ready: number;
      limited: number;
      notReady: number;
      membersOnDuty: number;
      /** @description null while unknown */
      serviceableVehicles: number | null;
    };
    OrganisationReadiness: {
      /** Format: date-time */
      asOf: string;
      summary: components['schemas']['ReadinessSummaryView'];
      centres: components['schemas']['CentreReadiness'][];
    };
    TransferVehicle: {
      /** Format: uuid */
      vehicleId: string;
      /** @enum {string} */
      progress: 'awaited' | 'arrived' | 'withdrawn';
      /** Format: date-time */
      arrivedAt: string | null;
      /** @description equipment’s reason for withdrawing it */
      withdrawnFor: string | null;
    };
    TransferVehicleCounts: {
      awaited: number;
      arrived: number;
      withdrawn: number;
    };
    TransferCancellation: {
      reason: string;
      /** Format: date */
      cancelledOn: string;
    };
    BaseTransferProgress: {
      /** Format: uuid */
      transferId: string;
      version: number;
      /** @enum {string} */
      status: 'planned' | 'started' | 'completed' | 'cancelled';
      /** Format: uuid */
      fromCentreId: string;
      /** Format: uuid */
      toCentreId: string;
      memberIds: string[];
      /** Format: date */
      plannedOn: string;
      reason: string;
      /** Format: date */
      startedOn: string | null;
      vehicles: components['schemas']['TransferVehicle'][];
      /** @description vehicles awaited, arrived and withdrawn */
      counts: components['schemas']['TransferVehicleCounts'];
      /** Format: date */
      effectiveOn: string | null;
      cancellation: components['schemas']['TransferCancellation'] | null;
    };
    BaseTransferPage: {
      items: components['schemas']['BaseTransferProgress'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    PlanBaseTransferDto: {
      /**
       * Format: uuid
       * @description The centre the team leaves
       */
      fromCentreId: string;
      /**
       * Format: uuid
       * @description The centre the team joins (an existing one, or one made for it)
       */
      toCentreId: string;
      /** @description Members (personnel) who move */
      memberIds: string[];
      /** @description Vehicles (equipment) that move */
      vehicleIds: string[];
      /**
       * Format: date
       * @example 2025-03-01
       */
      plannedOn: string;
      /** @example The team moves into the former military outpost and fire station in Aleppo */
      reason: string;
    };
    StartBaseTransferDto: {
      /** @example Convoy leaves at dawn while the road is open */
      reason?: string;
    };
    ConfirmBaseTransferDto: {
      /**
       * Format: date
       * @description the day the members join the receiving centre
       * @example 2025-03-01
       */
      effectiveOn: string;
    };
    CancelBaseTransferDto: {
      /** @example Road to Aleppo cut by shelling */
      reason: string;
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
