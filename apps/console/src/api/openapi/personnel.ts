// The personnel service's OpenAPI document as TypeScript: generated (infra/src/console-openapi.ts), do not edit.
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
          content: {
            'application/json': components['schemas']['KnownCentreView'];
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
  '/members/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find members by name: Arabic-aware, tolerant of Latin spellings, ranked and paged (commanders: their centres)
     * @description The index holds only keyed hashes, per name part, of whole words (no prefixes). Each search is recorded (who, which members were shown), never the query.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NameSearchQuery'];
        };
      };
      responses: {
        /** @description Best first (own name before family, father, grandfather; same spelling before another; the article counted), ties by member id. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NameSearchPage'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the roster as CSV (operational columns; identity columns for hr/admin with includeIdentity=true and a purpose)
     * @description Every export is recorded as a RosterExported event. Cells are protected against spreadsheet formula injection.
     */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          centreId?: string;
          status?: 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
          role?:
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
          /** @description Add identity columns (hr and admin only; needs a purpose) */
          includeIdentity?: unknown;
          /** @description Why the export is needed (required with includeIdentity) */
          purpose?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The roster, one line per member after a header line */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
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
  '/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roster: members by centre, status and role, paged (commanders: their centres only) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          centreId?: string;
          status?: 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
          role?:
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
            'application/json': components['schemas']['RosterPage'];
          };
        };
      };
    };
    put?: never;
    /** Record an application: operational profile plus the legal identity (sealed at once) */
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
          'application/json': components['schemas']['ApplyForMembershipDto'];
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
  '/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member’s operational profile, now or as of a past date (?asOf=) */
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MemberProfile'];
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
  '/members/{memberId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member’s history in words: who did what, when and why */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          memberId: string;
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
            'application/json': components['schemas']['MemberTimeline'];
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
  '/members/{memberId}/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a member’s legal identity (hr, admin); a commander sees name and call-sign of their own centre’s members
     * @description Every read is recorded (who, when, why) on the stream identityaccess-<memberId>. An erased identity reads as erased.
     */
    get: {
      parameters: {
        query: {
          /** @description Why you need it: recorded with your name in the member’s identity-access log */
          purpose: string;
        };
        header?: never;
        path: {
          memberId: string;
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
            'application/json': components['schemas']['IdentityReadResult'];
          };
        };
      };
    };
    /** Replace a member’s legal identity (a new phone, a corrected name); sealed before it is stored */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateIdentityDto'];
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
  '/members/{memberId}/vetting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the vetting of an applicant: cleared or rejected (a rejection says why) */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['VettingDto'];
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
  '/members/{memberId}/onboarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Onboard a cleared applicant at a centre, with roles and an optional probation */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['OnboardMemberDto'];
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
  '/members/{memberId}/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer a member to another centre */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TransferMemberDto'];
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
  '/members/{memberId}/role-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change a member’s roles (appointing a centre commander is for admins) */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ChangeMemberRolesDto'];
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
  '/members/{memberId}/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a member, with the reason */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SuspendMemberDto'];
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
  '/members/{memberId}/reinstatement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a suspended member */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReinstateMemberDto'];
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
  '/members/{memberId}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a member goes on leave */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StartLeaveDto'];
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
  '/members/{memberId}/leave-return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a member’s return from leave */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReturnFromLeaveDto'];
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
  '/members/{memberId}/injuries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an injury (in the line of duty: with the incident behind it) */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordInjuryDto'];
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
  '/members/{memberId}/death-in-line-of-duty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record, with dignity, that a member was killed in the line of duty */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordDeathInLineOfDutyDto'];
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
  '/members/{memberId}/departure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a member left: resigned, retired, or dismissed (admins only) */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordDepartureDto'];
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
  '/members/{memberId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a recorded fact (call-sign, death or departure record, or a final status recorded in error) */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CorrectRecordDto'];
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
  '/members/{memberId}/probation-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review a probation: confirm (once the induction is done), extend (to a later date) or end it */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReviewProbationDto'];
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
  '/members/{memberId}/identity-erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a member’s legal identity for good (crypto-shredding); the operational record stays */
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
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EraseIdentityDto'];
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
  '/crew-intakes/{intakeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The intake as one story: its people, their vetting and mapped roles, and the members they became with their history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          intakeId: string;
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
            'application/json': components['schemas']['CrewIntakeStory'];
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
  '/crew-intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open the intake of a whole crew from another organisation into a receiving centre */
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
          'application/json': components['schemas']['OpenCrewIntakeDto'];
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
  '/crew-intakes/{intakeId}/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a person of the crew, with their identity (sealed at once) and prior service */
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
          intakeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AddIntakePersonDto'];
        };
      };
      responses: {
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AddIntakePersonResult'];
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
  '/crew-intakes/{intakeId}/people/{personId}/vetting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the vetting of one person of the crew */
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
          intakeId: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['VettingDto'];
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
  '/crew-intakes/{intakeId}/people/{personId}/rank-mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Map a person’s prior ranks to Muster roles (default table or an override with a reason) */
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
          intakeId: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MapPriorRanksDto'];
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
  '/crew-intakes/{intakeId}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete the intake: every cleared person then becomes a member on probation (safe to retry) */
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
          intakeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CompleteCrewIntakeDto'];
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
  '/crew-intakes/{intakeId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an open intake, with the reason */
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
          intakeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelCrewIntakeDto'];
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
  '/identity-exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Identity exports asked for, newest first: ?status=requested is the approvers’ queue */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          /** @description e.g. requested: the ones waiting for an approver */
          status?: 'requested' | 'approved' | 'refused' | 'downloaded';
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
            'application/json': components['schemas']['IdentityExportsPage'];
          };
        };
      };
    };
    put?: never;
    /** Ask for an export of identities (the roster’s filters and why): another hr officer or admin approves it */
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
          'application/json': components['schemas']['RequestIdentityExportDto'];
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
  '/identity-exports/{exportId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an approved identity export (its requester, once, within 24 hours of approval) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          exportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The export's roster with identity columns, one line per member after a header line */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
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
  '/identity-exports/{exportId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve an identity export another person asked for: they may download it once, within 24 hours */
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
          exportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApproveIdentityExportDto'];
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
  '/identity-exports/{exportId}/refusal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse an identity export another person asked for, with the reason */
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
          exportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RefuseIdentityExportDto'];
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
    KnownCentreView: {
      /** Format: uuid */
      centreId: string;
      /** @description null while only a status change has arrived */
      code: string | null;
      governorate: string | null;
      /** @enum {string} */
      status: 'planned' | 'operational' | 'degraded' | 'damaged' | 'destroyed' | 'closed';
      /** Format: date */
      since: string;
    };
    NameSearchQuery: {
      /** @description Part or all of a name, in Arabic or Latin script (any transliteration) */
      q: string;
      /** Format: uuid */
      centreId?: string;
      /** @default 20 */
      limit: number;
      /** @default 0 */
      offset: number;
    };
    NamePartsView: {
      own: string;
      father: string | null;
      grandfather: string | null;
      family: string | null;
    };
    PersonNameView: {
      arabic: components['schemas']['NamePartsView'] | null;
      latin: components['schemas']['NamePartsView'] | null;
    };
    NameSearchHit: {
      /** Format: uuid */
      memberId: string;
      callSign: string;
      /** @enum {string} */
      status: 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
      /** Format: uuid */
      centreId: string | null;
      name: components['schemas']['PersonNameView'];
      /** @description how well the name matches: higher first */
      score: number;
    };
    NameSearchAdvice: {
      /** @enum {string} */
      code: 'ADD_A_NAME_PART';
      message: string;
    };
    NameSearchPage: {
      items: components['schemas']['NameSearchHit'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
      /** @description null, or ADD_A_NAME_PART when more than 50 people match and a name part is missing */
      advice: components['schemas']['NameSearchAdvice'] | null;
    };
    MemberLeave: {
      /** Format: date */
      from: string;
      /** Format: date */
      until: string;
    };
    MemberOriginView: {
      /** @enum {string} */
      kind: 'direct' | 'integrated-crew';
      /**
       * Format: uuid
       * @description integrated-crew only
       */
      intakeId?: string;
      /**
       * Format: date
       * @description null: direct, without probation
       */
      probationEndsOn: string | null;
    };
    MemberAssignment: {
      /** Format: uuid */
      centreId: string;
      /** Format: date */
      from: string;
      /** Format: date */
      until: string | null;
      /**
       * @description how it began (why: the timeline)
       * @enum {string}
       */
      reason: 'onboarded' | 'transferred';
    };
    MemberInjury: {
      /** Format: date */
      injuredOn: string;
      inLineOfDuty: boolean;
      incidentRef: string | null;
    };
    MemberDeath: {
      /** Format: date */
      diedOn: string;
      incidentRef: string;
    };
    MemberDeparture: {
      /** Format: date */
      departedOn: string;
      reason: string;
    };
    MemberProfile: {
      /** Format: uuid */
      memberId: string;
      /** @description its stream version (also the ETag) */
      version: number;
      callSign: string;
      /** @enum {string} */
      status: 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
      /** Format: uuid */
      centreId: string | null;
      roles: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
      /** Format: date */
      appliedOn: string | null;
      /** Format: date */
      startedOn: string | null;
      /** Format: date */
      probationEndsOn: string | null;
      /** Format: date */
      suspendedSince: string | null;
      leave: components['schemas']['MemberLeave'] | null;
      origin: components['schemas']['MemberOriginView'] | null;
      /** @description each with how it began: `onboarded` or `transferred` */
      assignments: components['schemas']['MemberAssignment'][];
      injuries: components['schemas']['MemberInjury'][];
      death: components['schemas']['MemberDeath'] | null;
      departure: components['schemas']['MemberDeparture'] | null;
      /** @enum {string} */
      identity: 'held' | 'erased';
    };
    RosterPage: {
      items: components['schemas']['MemberProfile'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    TimelineEntry: {
      version: number;
      type: string;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      recordedAt: string;
      actorId: string;
      reason: string | null;
      /** @description The free text about the member the event holds (reason, notes, description); null once erased */
      text: string | null;
      /** @description The event held free text about the member, erased with their identity */
      textErased: boolean;
      summary: string;
    };
    MemberTimeline: {
      /** Format: uuid */
      memberId: string;
      /** @description the member stream’s version the entries were read at */
      version: number;
      /** @description oldest first */
      entries: components['schemas']['TimelineEntry'][];
    };
    DateOfBirthView: {
      /** @enum {string} */
      kind: 'date' | 'year';
      /**
       * Format: date
       * @description kind date only
       */
      date?: string;
      /** @description kind year only */
      year?: number;
    };
    EmergencyContactView: {
      name: string;
      relation: string;
      phone: string;
    };
    MemberIdentityView: {
      name: components['schemas']['PersonNameView'];
      dateOfBirth: components['schemas']['DateOfBirthView'] | null;
      nationalId: string | null;
      phone: string | null;
      homeArea: string | null;
      emergencyContact: components['schemas']['EmergencyContactView'] | null;
      /** @enum {string|null} */
      bloodType: 'A+' | 'A-' | 'B+' | 'B-' | 'AB+' | 'AB-' | 'O+' | 'O-' | null;
    };
    IdentityReadResult: {
      /** Format: uuid */
      memberId: string;
      callSign: string;
      /** @enum {string} */
      view: 'full' | 'name-and-call-sign';
      erased: boolean;
      /** @description the full identity (hr, admin); else null */
      identity: components['schemas']['MemberIdentityView'] | null;
      /** @description null once erased */
      name: components['schemas']['PersonNameView'] | null;
    };
    ArabicNamePartsDto: {
      own: string;
      father?: string | null;
      grandfather?: string | null;
      family?: string | null;
    };
    LatinNamePartsDto: {
      own: string;
      father?: string | null;
      grandfather?: string | null;
      family?: string | null;
    };
    PersonNameDto: {
      arabic?: components['schemas']['ArabicNamePartsDto'] | null;
      latin?: components['schemas']['LatinNamePartsDto'] | null;
    };
    DateOfBirthDto: {
      /** @enum {string} */
      kind: 'date' | 'year';
      /**
       * Format: date
       * @example 2025-03-01
       */
      date?: string;
      year?: number;
    };
    EmergencyContactDto: {
      name: string;
      relation: string;
      /** @example +963 944 000 000 */
      phone: string;
    };
    MemberIdentityDto: {
      name: components['schemas']['PersonNameDto'];
      dateOfBirth?: components['schemas']['DateOfBirthDto'] | null;
      nationalId?: string | null;
      phone?: string | null;
      homeArea?: string | null;
      emergencyContact?: components['schemas']['EmergencyContactDto'] | null;
      /** @enum {string|null} */
      bloodType?: 'A+' | 'A-' | 'B+' | 'B-' | 'AB+' | 'AB-' | 'O+' | 'O-' | null;
    };
    ApplyForMembershipDto: {
      /** @example Falcon-7 */
      callSign: string;
      rolesSought: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
      /** Format: uuid */
      preferredCentreId?: string | null;
      /**
       * Format: date
       * @example 2025-03-01
       */
      appliedOn: string;
      /** @description Sealed with the new member’s own data key before it is stored */
      identity: components['schemas']['MemberIdentityDto'];
    };
    CommandResult: {
      /** Format: uuid */
      id: string;
      /** @description The stream version after the command: pass it as If-Match next time */
      version: number;
    };
    VettingDto: {
      /** @enum {string} */
      outcome: 'cleared' | 'rejected';
      /**
       * Format: date
       * @example 2025-03-01
       */
      vettedOn: string;
      notes?: string;
    };
    OnboardMemberDto: {
      /** Format: uuid */
      centreId: string;
      roles: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
      /**
       * Format: date
       * @example 2025-03-01
       */
      startsOn: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      probationEndsOn?: string | null;
    };
    TransferMemberDto: {
      /** Format: uuid */
      toCentreId: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      effectiveOn: string;
      reason: string;
    };
    ChangeMemberRolesDto: {
      roles: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
      /**
       * Format: date
       * @example 2025-03-01
       */
      effectiveOn: string;
      reason: string;
    };
    SuspendMemberDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      since: string;
      reason: string;
    };
    ReinstateMemberDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      reinstatedOn: string;
      notes?: string;
    };
    StartLeaveDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      from: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      until: string;
      reason: string;
    };
    ReturnFromLeaveDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      returnedOn: string;
    };
    RecordInjuryDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      injuredOn: string;
      inLineOfDuty: boolean;
      incidentRef?: string | null;
      description?: string;
    };
    RecordDeathInLineOfDutyDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      diedOn: string;
      incidentRef: string;
      circumstances?: string;
    };
    RecordDepartureDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      departedOn: string;
      /** @enum {string} */
      reason: 'resigned' | 'dismissed' | 'retired';
      notes?: string;
    };
    CorrectRecordDto: {
      /** @enum {string} */
      kind: 'call-sign' | 'death-record' | 'departure-record' | 'final-status-revoked';
      /** @example Falcon-7 */
      callSign: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      diedOn: string;
      incidentRef: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      departedOn: string;
      /** @enum {string} */
      departureReason?: 'resigned' | 'dismissed' | 'retired';
      reason: string;
    };
    UpdateIdentityDto: {
      reason: string;
    };
    ReviewProbationDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      reviewedOn: string;
      /** @enum {string} */
      outcome: 'confirm' | 'extend' | 'end';
      /**
       * Format: date
       * @description Required to extend
       * @example 2025-03-01
       */
      newEndsOn?: string;
      /** @description Why (required to extend or end); notes to confirm */
      notes?: string;
    };
    EraseIdentityDto: {
      /** @description Why the identity is erased (recorded in the member’s history) */
      reason: string;
    };
    IntakeOpening: {
      /** Format: uuid */
      intakeId: string;
      sourceOrganisation: string;
      unitName: string;
      /** Format: uuid */
      receivingCentreId: string;
      /** Format: date */
      openedOn: string;
    };
    IntakeEnding: {
      /** @enum {string} */
      type: 'CrewIntakeCompleted' | 'CrewIntakeCancelled';
      /**
       * Format: date
       * @description completed
       */
      completedOn?: string;
      /**
       * Format: date
       * @description completed
       */
      probationEndsOn?: string;
      /** @description completed */
      rejectedPersonIds?: string[];
      /**
       * Format: date
       * @description cancelled
       */
      cancelledOn?: string;
      /** @description cancelled */
      reason?: string;
    };
    IntakePriorService: {
      organisation: string;
      rankOrRole: string;
      /** @description YYYY, YYYY-MM or YYYY-MM-DD */
      from: string;
      /** @description null: until the intake */
      to: string | null;
    };
    IntakeVetting: {
      /** @enum {string} */
      outcome: 'cleared' | 'rejected';
      vettedBy: string;
      /** Format: date */
      vettedOn: string;
      /** @description null once erased */
      notes: string | null;
      notesErased: boolean;
    };
    IntakeRankMapping: {
      organisation: string;
      rankOrRole: string;
      roles: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
    };
    IntakeRolesMapping: {
      roles: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
      /** @enum {string} */
      source: 'default-table' | 'override';
      /** @description null: no override, or erased */
      overrideReason: string | null;
      overrideReasonErased: boolean;
      /** @description what the default table made of each prior rank */
      table: components['schemas']['IntakeRankMapping'][];
    };
    IntakeMember: {
      /** @enum {string} */
      status: 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
      /** Format: uuid */
      centreId: string | null;
      version: number;
      history: components['schemas']['TimelineEntry'][];
    };
    IntakePersonStory: {
      /** Format: uuid */
      personId: string;
      callSign: string;
      priorService: components['schemas']['IntakePriorService'][];
      vetting: components['schemas']['IntakeVetting'] | null;
      mapping: components['schemas']['IntakeRolesMapping'] | null;
      /**
       * Format: uuid
       * @description the member the person became
       */
      memberId: string | null;
      member: components['schemas']['IntakeMember'] | null;
    };
    CrewIntakeStory: {
      /** Format: uuid */
      intakeId: string;
      version: number;
      /** @enum {string} */
      status: 'none' | 'open' | 'completed' | 'cancelled';
      opened: components['schemas']['IntakeOpening'] | null;
      ending: components['schemas']['IntakeEnding'] | null;
      people: components['schemas']['IntakePersonStory'][];
    };
    OpenCrewIntakeDto: {
      /** @example Aleppo Civil Fire Brigade */
      sourceOrganisation: string;
      /** @example Station 3 crew */
      unitName: string;
      /** Format: uuid */
      receivingCentreId: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      openedOn: string;
    };
    PriorServiceDto: {
      organisation: string;
      rankOrRole: string;
      /**
       * @description YYYY, YYYY-MM or YYYY-MM-DD
       * @example 2015-03
       */
      from: string;
      /**
       * @description YYYY, YYYY-MM or YYYY-MM-DD; null: until the intake
       * @example 2015-03
       */
      to?: string | null;
    };
    AddIntakePersonDto: {
      /** @example Falcon-7 */
      callSign: string;
      identity: components['schemas']['MemberIdentityDto'];
      priorService: components['schemas']['PriorServiceDto'][];
    };
    AddIntakePersonResult: {
      /** Format: uuid */
      id: string;
      /** @description The stream version after the command: pass it as If-Match next time */
      version: number;
      /** Format: uuid */
      personId: string;
      /**
       * Format: uuid
       * @description The member id the person will have once the intake completes
       */
      memberId: string;
    };
    RankOverrideDto: {
      roles: (
        | 'rescuer'
        | 'firefighter'
        | 'paramedic'
        | 'driver'
        | 'mechanic'
        | 'radio-operator'
        | 'media-documenter'
        | 'ordnance-awareness'
        | 'team-leader'
        | 'centre-commander'
      )[];
      reason: string;
    };
    MapPriorRanksDto: {
      /** @description Omit to use the default rank table */
      override?: components['schemas']['RankOverrideDto'] | null;
    };
    CompleteCrewIntakeDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      completedOn: string;
      /** @example 6 */
      probationMonths: number;
    };
    CancelCrewIntakeDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      cancelledOn: string;
      reason: string;
    };
    ExportFiltersView: {
      /**
       * Format: uuid
       * @description null: any
       */
      centreId: string | null;
      /** @description null: any */
      status: string | null;
      /** @description null: any */
      role: string | null;
    };
    IdentityExportView: {
      /** Format: uuid */
      exportId: string;
      version: number;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'refused' | 'downloaded';
      requestedBy: string;
      /** Format: date-time */
      requestedAt: string;
      purpose: string;
      /** @description the roster’s filters, null for any */
      filters: components['schemas']['ExportFiltersView'];
      /** @description How many people the filters found when asked */
      rowCount: number;
      decidedBy: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      refusal: string | null;
    };
    IdentityExportsPage: {
      items: components['schemas']['IdentityExportView'][];
      total: number;
    };
    RequestIdentityExportDto: {
      /** Format: uuid */
      centreId?: string;
      /** @enum {string} */
      status?: 'applied' | 'cleared' | 'rejected' | 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
      /** @enum {string} */
      role?:
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
      /** @example Insurance enrolment of the Idlib centres */
      purpose: string;
    };
    ApproveIdentityExportDto: Record<string, never>;
    RefuseIdentityExportDto: {
      /** @example Payroll is done from the centre lists; identities are not needed */
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
