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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CoursePage'];
          };
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
          content: {
            'application/json': components['schemas']['CourseView'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificationPage'];
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
          content: {
            'application/json': components['schemas']['CertificationView'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ExpirySweepResult'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SessionPage'];
          };
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
          content: {
            'application/json': components['schemas']['SessionView'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoleRequirementsList'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoleRequirementsList'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MemberCompliance'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CentreNonCompliance'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ExpiringCertifications'];
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecognitionCasePage'];
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
          content: {
            'application/json': components['schemas']['RecognitionCaseView'];
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
    CourseRetirement: {
      /** Format: date */
      on: string;
      reason: string;
    };
    CourseEarlierVersion: {
      nameAr: string;
      nameEn: string;
      /** @example first-aid */
      competency: string;
      /** @description its length in teaching hours */
      hours: number;
      /** @description the lowest passing score, 0–100 */
      passMark: number;
      /** @description null: a certification from it does not expire */
      validityMonths: number | null;
      /** @description courses whose competency a member must hold to enrol */
      prerequisites: string[];
      /** @description the induction every new member takes */
      isInduction: boolean;
      /** Format: date */
      replacedOn: string;
      reason: string;
    };
    CourseView: {
      nameAr: string;
      nameEn: string;
      /** @example first-aid */
      competency: string;
      /** @description its length in teaching hours */
      hours: number;
      /** @description the lowest passing score, 0–100 */
      passMark: number;
      /** @description null: a certification from it does not expire */
      validityMonths: number | null;
      /** @description courses whose competency a member must hold to enrol */
      prerequisites: string[];
      /** @description the induction every new member takes */
      isInduction: boolean;
      /** Format: uuid */
      courseId: string;
      /** @description its stream version */
      version: number;
      code: string;
      /**
       * Format: date
       * @description null for the terms it was added with
       */
      revisedOn: string | null;
      retired: components['schemas']['CourseRetirement'] | null;
      /** @description oldest first */
      history: components['schemas']['CourseEarlierVersion'][];
    };
    CoursePage: {
      items: components['schemas']['CourseView'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
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
      validityMonths: number | null;
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
      validityMonths: number | null;
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
    SessionBasisView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'SessionBasisView';
      /** Format: uuid */
      sessionId: string;
    };
    RecognitionBasisView: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'RecognitionBasisView';
      /** Format: uuid */
      caseId: string;
      priorService: string;
    };
    CertificationChange: {
      /** @description the event’s type, e.g. CertificationRenewed */
      type: string;
      /** Format: date */
      on: string;
      note: string | null;
    };
    CertificationView: {
      /** Format: uuid */
      certificationId: string;
      /** @description its stream version (also the ETag) */
      version: number;
      /** Format: uuid */
      memberId: string;
      /** Format: uuid */
      courseId: string;
      competency: string;
      number: string;
      issuingBody: string;
      /** Format: date */
      issuedOn: string;
      /** Format: date */
      expiresOn: string | null;
      verifiedBy: string;
      /** @description a session passed, or prior service recognised */
      basis: components['schemas']['SessionBasisView'] | components['schemas']['RecognitionBasisView'];
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'expired' | 'revoked';
      /** @description each change after the award, oldest first */
      history: components['schemas']['CertificationChange'][];
    };
    CertificationPage: {
      items: components['schemas']['CertificationView'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    ExpirySweepDto: {
      /**
       * Format: date
       * @description the day of the sweep: certifications whose last valid day is before it expire
       * @example 2025-03-01
       */
      asOf: string;
    };
    ExpirySweepResult: {
      /** Format: date */
      asOf: string;
      /** @description certifications the sweep found due */
      due: number;
      /** @description of those, the ones this sweep expired */
      expired: number;
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
    EnrolmentResult: {
      score: number;
      passed: boolean;
      /** Format: date */
      resultOn: string;
      /**
       * Format: uuid
       * @description the certification a pass led to
       */
      certificationId: string | null;
    };
    Enrolment: {
      /** Format: uuid */
      memberId: string;
      /** Format: date */
      enrolledOn: string;
      /** @description present (true) or absent (false), by day (YYYY-MM-DD) */
      attendance: {
        [key: string]: boolean;
      };
      result: components['schemas']['EnrolmentResult'] | null;
    };
    SessionView: {
      /** Format: uuid */
      sessionId: string;
      /** @description its stream version (also the ETag) */
      version: number;
      /** Format: uuid */
      courseId: string;
      /** @description the course’s code when the session was scheduled */
      courseCode: string;
      competency: string;
      passMark: number;
      validityMonths: number | null;
      isInduction: boolean;
      prerequisiteCompetencies: string[];
      /** Format: uuid */
      centreId: string;
      instructorIds: string[];
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn: string;
      capacity: number;
      enrolments: components['schemas']['Enrolment'][];
    };
    SessionPage: {
      items: components['schemas']['SessionView'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
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
    RoleRequirementsView: {
      role: string;
      competencies: string[];
      /**
       * Format: date
       * @description null: the default, in force since always
       */
      from: string | null;
      /**
       * Format: date
       * @description the first day no longer in force
       */
      until: string | null;
      reason: string | null;
      setBy: string | null;
    };
    RoleRequirementsList: {
      items: components['schemas']['RoleRequirementsView'][];
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
    Lack: {
      competency: string;
      /** @enum {string} */
      reason: 'missing' | 'expired' | 'suspended' | 'revoked';
      /**
       * Format: uuid
       * @description the certification that would have met it
       */
      certificationId: string | null;
    };
    MemberCompliance: {
      /** Format: uuid */
      memberId: string;
      /** Format: date */
      on: string;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'on-leave' | 'killed' | 'departed';
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
      /** @description the competencies their roles require that day */
      required: string[];
      lacking: components['schemas']['Lack'][];
    };
    CentreNonCompliance: {
      items: components['schemas']['MemberCompliance'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
      /** Format: uuid */
      centreId: string;
      /** Format: date */
      on: string;
    };
    ExpiringCertification: {
      /** Format: uuid */
      certificationId: string;
      /** Format: uuid */
      memberId: string;
      /** Format: uuid */
      centreId: string | null;
      competency: string;
      /** Format: date */
      expiresOn: string;
    };
    ExpiringCertifications: {
      items: components['schemas']['ExpiringCertification'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
      /** Format: date */
      on: string;
      /**
       * Format: date
       * @description the last day of the window
       */
      until: string;
    };
    PriorServiceView: {
      organisation: string;
      rankOrRole: string;
      /** @description YYYY, YYYY-MM or YYYY-MM-DD */
      from: string;
      /** @description null: until the intake */
      to: string | null;
    };
    RecognitionEvidence: {
      description: string;
      reference: string | null;
      /** Format: date */
      recordedOn: string;
      /** @description who recorded it */
      by: string;
    };
    RecognitionGrant: {
      /** Format: uuid */
      courseId: string;
      courseCode: string;
      competency: string;
      /** @description the prior service it recognises, in words */
      priorService: string;
      number: string;
      /** Format: date */
      issuedOn: string;
      /** Format: date */
      expiresOn: string | null;
      grantedBy: string;
    };
    RecognitionAssessment: {
      /** Format: uuid */
      courseId: string;
      courseCode: string;
      competency: string;
      /** @enum {string} */
      requirement: 'assessment' | 'refresher';
      notes: string;
      /** Format: date */
      decidedOn: string;
    };
    RecognitionClosure: {
      /** Format: date */
      on: string;
      notes: string;
    };
    RecognitionCaseView: {
      /** Format: uuid */
      caseId: string;
      /** @description its stream version (also the ETag) */
      version: number;
      /** Format: uuid */
      memberId: string;
      /** Format: uuid */
      intakeId: string;
      /** Format: uuid */
      receivingCentreId: string;
      roles: string[];
      priorService: components['schemas']['PriorServiceView'][];
      /** Format: date */
      openedOn: string;
      evidence: components['schemas']['RecognitionEvidence'][];
      grants: components['schemas']['RecognitionGrant'][];
      assessments: components['schemas']['RecognitionAssessment'][];
      closed: components['schemas']['RecognitionClosure'] | null;
    };
    RecognitionCasePage: {
      items: components['schemas']['RecognitionCaseView'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
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
