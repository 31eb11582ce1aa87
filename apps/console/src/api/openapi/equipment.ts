// The equipment service's OpenAPI document as TypeScript: generated (infra/src/console-openapi.ts), do not edit.
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
  '/vehicles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vehicles by centre and status, paged (commanders: their centres’ only) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          centreId?: string;
          status?: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
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
            'application/json': components['schemas']['VehiclePage'];
          };
        };
      };
    };
    put?: never;
    /** Register a vehicle at a centre: what it is, its donor, its fuel and service interval, its readings */
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
          'application/json': components['schemas']['RegisterVehicleDto'];
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
  '/vehicles/service-due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vehicles due a service within so many km or days, overdue first (commanders: theirs) */
    get: {
      parameters: {
        query?: {
          centreId?: string;
          /** @description due within this many km */
          withinKm?: unknown;
          /** @description … or within this many days */
          withinDays?: unknown;
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
            'application/json': components['schemas']['ServiceDueList'];
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
  '/vehicles/checklists/{vehicleType}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The daily or weekly checklist of a vehicle type, critical items marked */
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
            'application/json': components['schemas']['Checklist'];
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
  '/vehicles/{vehicleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A vehicle’s profile: details, status and why, moves, damage, repairs, checks, services (?asOf= a past date) */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The summary with the history; `version` is the stream version (also the ETag) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VehicleProfile'];
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
  '/vehicles/{vehicleId}/dispatch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dispatch a serviceable vehicle from its centre to another (a move, or a loan with a due-back day) */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DispatchVehicleDto'];
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
  '/vehicles/{vehicleId}/arrival': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Receive a vehicle at its destination, which becomes its centre (commanders: at their own centre) */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ArriveVehicleDto'];
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
  '/vehicles/{vehicleId}/diversion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a vehicle on its way to another destination */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DivertVehicleDto'];
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
  '/vehicles/{vehicleId}/return-to-origin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn a vehicle on its way back to the centre it left */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReturnVehicleToOriginDto'];
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
  '/vehicles/{vehicleId}/odometer-correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct the last odometer reading, with why (the only way a reading goes down; audited) */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CorrectOdometerDto'];
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
  '/vehicles/{vehicleId}/damage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record damage: cause, day, incident, severity (severe: unserviceable at once) */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordDamageDto'];
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
  '/vehicles/{vehicleId}/repair-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a repair order (its id is in the vehicle’s profile) */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['OpenRepairOrderDto'];
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
  '/vehicles/{vehicleId}/repair-orders/{orderId}/work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record work on an open repair order: what was done, the parts, the cost and who paid */
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
          vehicleId: string;
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordRepairWorkDto'];
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
  '/vehicles/{vehicleId}/repair-orders/{orderId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a repair order: with no other open, the vehicle is serviceable again */
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
          vehicleId: string;
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CloseRepairOrderDto'];
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
  '/vehicles/{vehicleId}/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a daily or weekly check (a failed critical item: unserviceable at once; commanders: their centre) */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordCheckDto'];
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
  '/vehicles/{vehicleId}/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a scheduled service: the next one falls due from it */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordServiceDto'];
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
  '/vehicles/{vehicleId}/unserviceable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare a vehicle unserviceable, saying why */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DeclareUnserviceableDto'];
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
  '/vehicles/{vehicleId}/return-to-service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a vehicle to service once a declared fault or a failed check is put right */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReturnToServiceDto'];
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
  '/vehicles/{vehicleId}/write-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write a vehicle off (destroyed, stolen, lost, donated onward) with its evidence: final */
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
          vehicleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WriteOffVehicleDto'];
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
  '/donors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The donor register, by English name, paged */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
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
            'application/json': components['schemas']['DonorList'];
          };
        };
      };
    };
    put?: never;
    /** Record a donor (a government, an NGO…) with its names in Arabic and English, its kind and country */
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
          'application/json': components['schemas']['RecordDonorDto'];
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
  '/donors/{donorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One donor of the register */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          donorId: string;
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
            'application/json': components['schemas']['DonorEntry'];
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
  '/reports/donors/{donorId}/traceability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Donor traceability: every asset the donor funded — where it is, its moves, damage, repairs, fuel and fate — and the fuel it delivered, now or ?asOf= a past date */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          donorId: string;
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
            'application/json': components['schemas']['DonorTraceability'];
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
  '/reports/donors/{donorId}/traceability.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The donor traceability report as CSV (one line per asset; ?asOf= a past date) */
    get: {
      parameters: {
        query?: {
          /** @description The record as the register knew it at this date (end of day, UTC) or instant */
          asOf?: string;
        };
        header?: never;
        path: {
          donorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One line per asset, after a header line */
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
  '/donors/{donorId}/details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct a donor’s names, kind or country (the whole set, as it now stands) */
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
          donorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateDonorDto'];
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
  '/fuel-ledgers/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Flagged fuel issues with their rules and figures, open by default (commanders: theirs) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          centreId?: string;
          status?: 'open' | 'cleared' | 'confirmed';
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
            'application/json': components['schemas']['FlaggedIssuePage'];
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
  '/fuel-ledgers/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A vehicle’s or a generator’s fuel issues, the latest first, with their readings, consumption and flags */
    get: {
      parameters: {
        query: {
          limit?: unknown;
          offset?: unknown;
          /** @description the vehicle, or the generator */
          assetId: string;
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
            'application/json': components['schemas']['FuelIssuePage'];
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
  '/fuel-ledgers/{centreId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A centre’s fuel stock: balance, delivered and issued litres, flags awaiting review */
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
            'application/json': components['schemas']['FuelLedgerView'];
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
  '/fuel-ledgers/{centreId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record fuel delivered into a centre’s stock: litres, from which supplier or donor, its cost, who received it */
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
          'application/json': components['schemas']['RecordFuelDeliveryDto'];
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
  '/fuel-ledgers/{centreId}/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue fuel from a centre’s stock to a vehicle or a generator, against its reading (commanders: at their own centre); flagged for review when the tank, the reading or the consumption says so */
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
          'application/json': components['schemas']['IssueFuelDto'];
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
  '/fuel-ledgers/{centreId}/flag-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review a flagged fuel issue: clear it (explained) or confirm it (a loss), saying what was found */
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
          'application/json': components['schemas']['ReviewFuelFlagDto'];
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
  '/fuel-ledgers/{centreId}/stocktakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a stocktake: the counted stock against the ledger, any difference with why */
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
          'application/json': components['schemas']['RecordStocktakeDto'];
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
  '/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Equipment items by centre, or what a member, centre or vehicle holds (commanders: theirs) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          /** @description the centre whose stock it belongs to */
          centreId?: string;
          holderKind?: 'member' | 'centre' | 'vehicle';
          /** @description with holderKind: what this member, centre or vehicle holds */
          holderId?: string;
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
            'application/json': components['schemas']['ItemPage'];
          };
        };
      };
    };
    put?: never;
    /** Register an equipment item (serial-numbered) or a counted consumable in a centre’s stock, with its donor */
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
          'application/json': components['schemas']['RegisterItemDto'];
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
  '/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One item: what it is, its donor, its stock, who holds it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          itemId: string;
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
            'application/json': components['schemas']['ItemEntry'];
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
  '/items/{itemId}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue an item (or so many of a consumable) from its centre’s stock to a member, a centre or a vehicle’s kit */
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
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['IssueItemDto'];
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
  '/items/{itemId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take an item back from its holder into its centre’s stock, in good order or damaged */
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
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ReturnItemDto'];
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
  '/items/{itemId}/damage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record damage to an item: what, when, in which incident */
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
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordItemDamageDto'];
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
  '/items/{itemId}/write-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write off an item, or so many of a consumable (lost, stolen, destroyed, beyond repair, not recovered) */
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
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WriteOffItemDto'];
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
  '/recoveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recoveries of what members who were killed or left held, open by default (commanders: their centres’) */
    get: {
      parameters: {
        query?: {
          limit?: unknown;
          offset?: unknown;
          status?: 'open' | 'complete';
          centreId?: string;
          memberId?: string;
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
            'application/json': components['schemas']['RecoveryPage'];
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
  '/recoveries/{recoveryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One recovery: what the member held, what came back, what was written off */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          recoveryId: string;
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
            'application/json': components['schemas']['RecoveryView'];
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
    ServiceIntervalView: {
      km: number;
      months: number;
    };
    VehicleStatusReason: {
      /** @enum {string} */
      code:
        | 'DAMAGED'
        | 'FAILED_CHECK'
        | 'DECLARED_UNSERVICEABLE'
        | 'REPAIRED'
        | 'RETURNED_TO_SERVICE'
        | 'ARRIVED'
        | 'DISPATCHED'
        | 'DESTROYED'
        | 'STOLEN'
        | 'LOST'
        | 'DONATED_ONWARD';
      note: string | null;
    };
    VehicleLoanView: {
      /** Format: uuid */
      homeCentreId: string;
      /** Format: date */
      dueBackOn: string;
    };
    LastService: {
      /** Format: date */
      on: string;
      odometerKm: number;
    };
    NextService: {
      /** Format: date */
      on: string;
      km: number;
    };
    VehicleWriteOff: {
      /** @enum {string} */
      reason: 'destroyed' | 'stolen' | 'lost' | 'donated-onward';
      evidenceRef: string;
      /** Format: date */
      writtenOffOn: string;
    };
    VehicleSummary: {
      /** Format: uuid */
      vehicleId: string;
      /** @description its stream version (also the ETag) */
      version: number;
      plate: string;
      /** @enum {string} */
      vehicleType: 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';
      make: string;
      model: string;
      vin: string | null;
      year: number | null;
      /** Format: uuid */
      donorId: string | null;
      /** Format: date */
      acquiredOn: string | null;
      /** @enum {string|null} */
      fuelType: 'diesel' | 'petrol' | 'lpg' | 'electric' | 'hybrid' | null;
      tankCapacityLitres: number | null;
      serviceInterval: components['schemas']['ServiceIntervalView'] | null;
      /**
       * Format: uuid
       * @description its centre (the borrowing one while on loan); on a move, the one it left
       */
      centreId: string;
      /** @enum {string} */
      status: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
      statusReason: components['schemas']['VehicleStatusReason'] | null;
      /**
       * Format: uuid
       * @description where it is going, while in transit
       */
      destinationCentreId: string | null;
      loan: components['schemas']['VehicleLoanView'] | null;
      odometerKm: number | null;
      engineHours: number | null;
      /** @description the last service, or its entry until its first */
      lastService: components['schemas']['LastService'] | null;
      nextService: components['schemas']['NextService'] | null;
      writtenOff: components['schemas']['VehicleWriteOff'] | null;
    };
    VehiclePage: {
      items: components['schemas']['VehicleSummary'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    ServiceDueEntry: {
      /** Format: uuid */
      vehicleId: string;
      plate: string;
      /** @enum {string} */
      vehicleType: 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';
      /** Format: uuid */
      centreId: string;
      /** @enum {string} */
      status: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
      odometerKm: number | null;
      lastService: components['schemas']['LastService'] | null;
      nextService: components['schemas']['NextService'];
      kmRemaining: number | null;
      daysRemaining: number;
      /** @description what makes it due within the window */
      dueBy: ('km' | 'date')[];
      /** @description already past the kilometres or the date */
      overdue: boolean;
    };
    ServiceDueList: {
      items: components['schemas']['ServiceDueEntry'][];
    };
    ChecklistItemView: {
      code: string;
      label: string;
      critical: boolean;
    };
    Checklist: {
      /** @enum {string} */
      vehicleType: 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';
      /** @enum {string} */
      kind: 'daily' | 'weekly';
      items: components['schemas']['ChecklistItemView'][];
    };
    MoveChange: {
      /** @enum {string} */
      kind: 'diverted' | 'turned-back';
      /** Format: uuid */
      toCentreId: string;
      reason: string;
    };
    TripFlagView: {
      /** @enum {string} */
      rule: 'AVERAGE_SPEED_ABOVE_LIMIT' | 'NO_DISTANCE_BETWEEN_CENTRES';
      distanceKm: number;
      elapsedMinutes: number;
      /** @description AVERAGE_SPEED_ABOVE_LIMIT only */
      averageKmh?: number;
      /** @description AVERAGE_SPEED_ABOVE_LIMIT only */
      limitKmh?: number;
    };
    MoveEntry: {
      /** Format: uuid */
      moveId: string;
      /** Format: uuid */
      fromCentreId: string;
      /** Format: uuid */
      toCentreId: string;
      /** Format: uuid */
      transferId: string | null;
      /** Format: date-time */
      dispatchedAt: string | null;
      driverId: string | null;
      odometerOutKm: number | null;
      /** Format: date-time */
      expectedArrivalAt: string | null;
      /** Format: date */
      loanDueBackOn: string | null;
      changes: components['schemas']['MoveChange'][];
      /** @enum {string} */
      outcome: 'in-transit' | 'arrived' | 'written-off';
      /** Format: date-time */
      arrivedAt: string | null;
      odometerInKm: number | null;
      distanceKm: number | null;
      tripFlags: components['schemas']['TripFlagView'][];
      dispatchRecorded: boolean;
    };
    DamageEntry: {
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      /** Format: uuid */
      damageId: string;
      /** @enum {string} */
      cause: 'air-strike' | 'double-tap-strike' | 'shelling' | 'explosive-remnant' | 'accident' | 'wear';
      /** Format: date */
      occurredOn: string;
      incidentRef: string | null;
      /** @enum {string} */
      severity: 'minor' | 'moderate' | 'severe';
      description: string;
    };
    RepairPartView: {
      description: string;
      quantity: number;
      /** @description in the work’s currency, per unit */
      unitCost: number;
    };
    FundingSourceView: {
      /**
       * Format: uuid
       * @description null: the organisation’s own funds
       */
      donorId: string | null;
      description: string;
    };
    RepairWork: {
      workDone: string;
      parts: components['schemas']['RepairPartView'][];
      labourCost: number;
      totalCost: number;
      currency: string;
      fundingSource: components['schemas']['FundingSourceView'];
      /** Format: date */
      recordedOn: string;
    };
    RepairOrderEntry: {
      /** Format: uuid */
      orderId: string;
      damageIds: string[];
      description: string;
      workshop: string;
      /** Format: date */
      openedOn: string;
      work: components['schemas']['RepairWork'][];
      /** @description cost so far, by currency */
      totals: {
        [key: string]: number;
      };
      /** Format: date */
      closedOn: string | null;
      notes: string | null;
    };
    CheckItemResultView: {
      code: string;
      critical: boolean;
      passed: boolean;
      note: string;
    };
    CheckEntry: {
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      /** Format: uuid */
      checkId: string;
      /** @enum {string} */
      kind: 'daily' | 'weekly';
      /** Format: date-time */
      performedAt: string;
      /** Format: uuid */
      centreId: string;
      odometerKm: number;
      items: components['schemas']['CheckItemResultView'][];
      failedCriticalItems: string[];
    };
    ServiceEntry: {
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      /** Format: date */
      servicedOn: string;
      odometerKm: number;
      workDone: string;
    };
    OdometerCorrectionEntry: {
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      previousKm: number | null;
      correctedKm: number;
      reason: string;
    };
    StatusChangeEntry: {
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      /** @enum {string} */
      status: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
      /** @enum {string} */
      previousStatus: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
      /** @enum {string} */
      reasonCode:
        | 'DAMAGED'
        | 'FAILED_CHECK'
        | 'DECLARED_UNSERVICEABLE'
        | 'REPAIRED'
        | 'RETURNED_TO_SERVICE'
        | 'ARRIVED'
        | 'DISPATCHED'
        | 'DESTROYED'
        | 'STOLEN'
        | 'LOST'
        | 'DONATED_ONWARD';
      note: string | null;
    };
    DeclinedTransfer: {
      /** Format: uuid */
      transferId: string;
      reasonCode: string;
    };
    WriteOffEntry: {
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      reason: string;
      evidenceRef: string;
      note: string;
      /** Format: date */
      writtenOffOn: string;
    };
    VehicleProfile: {
      /** Format: uuid */
      vehicleId: string;
      /** @description its stream version (also the ETag) */
      version: number;
      plate: string;
      /** @enum {string} */
      vehicleType: 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';
      make: string;
      model: string;
      vin: string | null;
      year: number | null;
      /** Format: uuid */
      donorId: string | null;
      /** Format: date */
      acquiredOn: string | null;
      /** @enum {string|null} */
      fuelType: 'diesel' | 'petrol' | 'lpg' | 'electric' | 'hybrid' | null;
      tankCapacityLitres: number | null;
      serviceInterval: components['schemas']['ServiceIntervalView'] | null;
      /**
       * Format: uuid
       * @description its centre (the borrowing one while on loan); on a move, the one it left
       */
      centreId: string;
      /** @enum {string} */
      status: 'serviceable' | 'unserviceable' | 'in-transit' | 'written-off';
      statusReason: components['schemas']['VehicleStatusReason'] | null;
      /**
       * Format: uuid
       * @description where it is going, while in transit
       */
      destinationCentreId: string | null;
      loan: components['schemas']['VehicleLoanView'] | null;
      odometerKm: number | null;
      engineHours: number | null;
      /** @description the last service, or its entry until its first */
      lastService: components['schemas']['LastService'] | null;
      nextService: components['schemas']['NextService'] | null;
      writtenOff: components['schemas']['VehicleWriteOff'] | null;
      moves: components['schemas']['MoveEntry'][];
      damage: components['schemas']['DamageEntry'][];
      repairOrders: components['schemas']['RepairOrderEntry'][];
      checks: components['schemas']['CheckEntry'][];
      services: components['schemas']['ServiceEntry'][];
      odometerCorrections: components['schemas']['OdometerCorrectionEntry'][];
      statusChanges: components['schemas']['StatusChangeEntry'][];
      declinedTransfers: components['schemas']['DeclinedTransfer'][];
      writeOff: components['schemas']['WriteOffEntry'] | null;
    };
    RegisterVehicleDto: {
      /** @example إدلب 123456 */
      plate: string;
      /** @enum {string} */
      type: 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';
      /** @example Mercedes-Benz */
      make: string;
      /** @example Atego 1530 */
      model: string;
      /**
       * Format: uuid
       * @description the centre it is assigned to
       */
      centreId: string;
      /**
       * @default serviceable
       * @enum {string}
       */
      status: 'serviceable' | 'unserviceable';
      /** @description why it is unserviceable: required with that status */
      statusReason?: string | null;
      /**
       * @description ISO 3779: 11–17 characters
       * @example WDB9700561L123456
       */
      vin?: string | null;
      /**
       * @description model year
       * @example 2012
       */
      year?: number | null;
      /**
       * Format: uuid
       * @description the donor of the donor register; none: own funds
       */
      donorId?: string | null;
      /**
       * Format: date
       * @example 2025-03-01
       */
      acquiredOn: string;
      /**
       * @description the odometer when it entered the register
       * @example 120050
       */
      odometerKm: number;
      /**
       * @description the hour meter, if it has one
       * @example 4001.5
       */
      engineHours?: number | null;
      /** @enum {string} */
      fuelType: 'diesel' | 'petrol' | 'lpg' | 'electric' | 'hybrid';
      /** @example 200 */
      tankCapacityLitres: number;
      /**
       * @description a service every … km
       * @example 10000
       */
      serviceIntervalKm: number;
      /**
       * @description … or every … months, whichever comes first
       * @example 6
       */
      serviceIntervalMonths: number;
    };
    CommandResult: {
      /** Format: uuid */
      id: string;
      /** @description The stream version after the command: pass it as If-Match next time */
      version: number;
    };
    DispatchVehicleDto: {
      /**
       * Format: uuid
       * @description where it goes
       */
      toCentreId: string;
      /**
       * Format: uuid
       * @description the driver, a member id
       */
      driverId: string;
      /**
       * @description the odometer as it leaves
       * @example 120050
       */
      odometerOutKm: number;
      /**
       * Format: date-time
       * @example 2026-01-15T06:00:00Z
       */
      dispatchedAt: string;
      /**
       * Format: date-time
       * @example 2026-01-15T09:00:00Z
       */
      expectedArrivalAt: string;
      /**
       * Format: uuid
       * @description the base transfer it moves for
       */
      transferId?: string | null;
      /**
       * Format: date
       * @description a temporary loan to the destination, due back on this day
       * @example 2025-03-01
       */
      loanDueBackOn?: string | null;
    };
    ArriveVehicleDto: {
      /**
       * Format: uuid
       * @description where it arrived
       */
      centreId: string;
      /**
       * @description the odometer as it arrives
       * @example 120170
       */
      odometerInKm: number;
      /**
       * Format: date-time
       * @example 2026-01-15T08:00:00Z
       */
      arrivedAt: string;
      /**
       * Format: uuid
       * @description the base transfer it came with, when its dispatch is not recorded here yet
       */
      transferId?: string | null;
    };
    DivertVehicleDto: {
      /**
       * Format: uuid
       * @description the new destination
       */
      toCentreId: string;
      /** @example Road to the destination cut by shelling */
      reason: string;
    };
    ReturnVehicleToOriginDto: {
      /** @example Needed back for a fire */
      reason: string;
    };
    CorrectOdometerDto: {
      /**
       * @description the right reading
       * @example 120050
       */
      correctedKm: number;
      /** @example Mistyped at dispatch: 12,050 not 120,050 */
      reason: string;
    };
    RecordDamageDto: {
      /** @enum {string} */
      cause: 'air-strike' | 'double-tap-strike' | 'shelling' | 'explosive-remnant' | 'accident' | 'wear';
      /**
       * Format: date
       * @example 2025-03-01
       */
      occurredOn: string;
      /** @description the incident it happened in: required for attacks */
      incidentRef?: string | null;
      /**
       * @description severe: off the road at once
       * @enum {string}
       */
      severity: 'minor' | 'moderate' | 'severe';
      /** @example Windscreen and radiator hit by shrapnel */
      description: string;
      /** @example 120050 */
      odometerKm?: number | null;
    };
    OpenRepairOrderDto: {
      /** @description the damage it repairs */
      damageIds?: string[];
      /** @example Replace radiator and windscreen */
      description: string;
      /** @example Idlib central workshop */
      workshop: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      openedOn: string;
    };
    RepairPartDto: {
      /** @example Radiator */
      description: string;
      quantity: number;
      /**
       * @description per unit
       * @example 250.5
       */
      unitCost: number;
    };
    FundingSourceDto: {
      /**
       * Format: uuid
       * @description a donor of the register; none: own funds
       */
      donorId?: string | null;
      /** @example Vehicle maintenance grant 2026 */
      description: string;
    };
    RecordRepairWorkDto: {
      /** @example Radiator replaced */
      workDone: string;
      parts: components['schemas']['RepairPartDto'][];
      /** @example 250.5 */
      labourCost: number;
      /**
       * @description ISO 4217
       * @example USD
       */
      currency: string;
      fundingSource: components['schemas']['FundingSourceDto'];
      /**
       * Format: date
       * @example 2025-03-01
       */
      recordedOn: string;
    };
    CloseRepairOrderDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      closedOn: string;
      /** @example 120050 */
      odometerKm?: number | null;
      /** @example Road tested */
      notes?: string;
    };
    CheckItemDto: {
      /** @example brakes */
      code: string;
      passed: boolean;
      /** @example Pedal soft */
      note?: string;
    };
    RecordCheckDto: {
      /** @enum {string} */
      kind: 'daily' | 'weekly';
      /**
       * Format: date-time
       * @example 2026-01-15T07:00:00Z
       */
      performedAt: string;
      /** @example 120050 */
      odometerKm: number;
      /** @example 4001.5 */
      engineHours?: number | null;
      /** @description every item of the vehicle type’s checklist */
      items: components['schemas']['CheckItemDto'][];
    };
    RecordServiceDto: {
      /**
       * Format: date
       * @example 2025-03-01
       */
      servicedOn: string;
      /** @example 120050 */
      odometerKm: number;
      /** @example Oil and filters changed */
      workDone: string;
    };
    DeclareUnserviceableDto: {
      /** @example No tyres */
      reason: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      declaredOn: string;
    };
    ReturnToServiceDto: {
      /** @example Tyres fitted */
      note?: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      returnedOn: string;
    };
    WriteOffVehicleDto: {
      /** @enum {string} */
      reason: 'destroyed' | 'stolen' | 'lost' | 'donated-onward';
      /** @example Incident report INC-2026-014, photos 1–12 */
      evidenceRef: string;
      note?: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      writtenOffOn: string;
    };
    DonorNamesView: {
      ar: string;
      en: string;
    };
    DonorEntry: {
      names: components['schemas']['DonorNamesView'];
      /** @enum {string} */
      kind: 'government' | 'ngo' | 'other';
      /** @description ISO 3166-1 alpha-2, upper case */
      country: string;
      /** Format: uuid */
      donorId: string;
      /** @description its stream version */
      version: number;
    };
    DonorList: {
      items: components['schemas']['DonorEntry'][];
      total: number;
    };
    DonorDetailsView: {
      names: components['schemas']['DonorNamesView'];
      /** @enum {string} */
      kind: 'government' | 'ngo' | 'other';
      /** @description ISO 3166-1 alpha-2, upper case */
      country: string;
    };
    AssetDamage: {
      cause: string;
      /** Format: date */
      occurredOn: string;
    };
    AssetFate: {
      reason: string;
      /** Format: date */
      on: string;
      evidenceRef: string;
    };
    TracedAsset: {
      /** Format: uuid */
      centreId: string;
      status: string;
      /**
       * Format: uuid
       * @description a vehicle on its way
       */
      destinationCentreId: string | null;
      odometerKm: number | null;
      moves: number;
      /** Format: date-time */
      lastMoveAt: string | null;
      damage: number;
      lastDamage: components['schemas']['AssetDamage'] | null;
      repairOrders: number;
      repairsClosed: number;
      /** @description by ISO 4217 currency */
      repairCost: {
        [key: string]: number;
      };
      fuelIssues: number;
      fuelLitres: number;
      /** @description items: how many there are */
      quantity: number | null;
      /** @description items: how many are out with holders */
      issued: number | null;
      fate: components['schemas']['AssetFate'] | null;
      /** Format: uuid */
      assetId: string;
      /** @enum {string} */
      kind: 'vehicle' | 'item';
      /** @description what it is: a vehicle’s type, plate, make, model, vin, year; an item’s type, description, serialNumber */
      label: {
        [key: string]: (string | null) | number;
      };
      /**
       * Format: date-time
       * @description when its last change (as of the report’s date) was recorded
       */
      asAt: string;
    };
    DonorFuelByCentre: {
      /** Format: uuid */
      centreId: string;
      deliveries: number;
      litres: number;
      /** @description by ISO 4217 currency */
      cost: {
        [key: string]: number;
      };
    };
    DonorTraceability: {
      /** Format: uuid */
      donorId: string;
      /** Format: date-time */
      asOf: string;
      donor: components['schemas']['DonorDetailsView'];
      assets: components['schemas']['TracedAsset'][];
      /** @description fuel the donor delivered, by centre */
      fuel: components['schemas']['DonorFuelByCentre'][];
    };
    DonorNamesDto: {
      /** @example الهلال الأحمر القطري */
      ar: string;
      /** @example Qatar Red Crescent */
      en: string;
    };
    RecordDonorDto: {
      /** @description its name in Arabic and in English */
      names: components['schemas']['DonorNamesDto'];
      /** @enum {string} */
      kind: 'government' | 'ngo' | 'other';
      /**
       * @description ISO 3166-1 alpha-2
       * @example QA
       */
      country: string;
    };
    UpdateDonorDto: {
      /** @description its name in Arabic and in English */
      names: components['schemas']['DonorNamesDto'];
      /** @enum {string} */
      kind: 'government' | 'ngo' | 'other';
      /**
       * @description ISO 3166-1 alpha-2
       * @example QA
       */
      country: string;
    };
    AboveTankCapacityFlag: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      rule: 'ABOVE_TANK_CAPACITY';
      litres: number;
      tankCapacityLitres: number;
    };
    OdometerNotMovedFlag: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      rule: 'ODOMETER_NOT_MOVED';
      odometerKm: number;
      lastFillOdometerKm: number;
    };
    EngineHoursNotMovedFlag: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      rule: 'ENGINE_HOURS_NOT_MOVED';
      engineHours: number;
      lastFillEngineHours: number;
    };
    VehicleConsumptionOutlierFlag: {
      litresPer100Km: number;
      meanLitresPer100Km: number;
      stdDevLitresPer100Km: number;
      lowLitresPer100Km: number;
      highLitresPer100Km: number;
      samples: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      rule: 'CONSUMPTION_OUTLIER_FOR_VEHICLE';
    };
    TypeConsumptionOutlierFlag: {
      litresPer100Km: number;
      meanLitresPer100Km: number;
      stdDevLitresPer100Km: number;
      lowLitresPer100Km: number;
      highLitresPer100Km: number;
      samples: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      rule: 'CONSUMPTION_OUTLIER_FOR_TYPE';
      /** @enum {string} */
      vehicleType: 'ambulance' | 'fire-engine' | 'rescue-vehicle' | 'water-tanker' | 'pickup' | 'bus' | 'other';
    };
    FuelIssueTarget: {
      /** @enum {string} */
      kind: 'vehicle' | 'generator';
      /**
       * Format: uuid
       * @description the vehicle’s or the generator’s id
       */
      id: string;
      /** @description the odometer (km) or the engine hours at the pump */
      reading: number;
    };
    FuelConsumption: {
      distanceKm: number;
      litresPer100Km: number;
    };
    FuelFlagReview: {
      /** @enum {string} */
      outcome: 'cleared' | 'confirmed';
      note: string;
      /** Format: date-time */
      reviewedAt: string;
      reviewedBy: string;
    };
    FlaggedIssue: {
      /** Format: uuid */
      issueId: string;
      /** Format: uuid */
      centreId: string;
      target: components['schemas']['FuelIssueTarget'];
      litres: number;
      /** Format: date-time */
      issuedAt: string;
      consumption: components['schemas']['FuelConsumption'] | null;
      flags: (
        | components['schemas']['AboveTankCapacityFlag']
        | components['schemas']['OdometerNotMovedFlag']
        | components['schemas']['EngineHoursNotMovedFlag']
        | components['schemas']['VehicleConsumptionOutlierFlag']
        | components['schemas']['TypeConsumptionOutlierFlag']
      )[];
      /** @enum {string} */
      status: 'open' | 'cleared' | 'confirmed';
      review: components['schemas']['FuelFlagReview'] | null;
    };
    FlaggedIssuePage: {
      items: components['schemas']['FlaggedIssue'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    FuelIssueEntry: {
      /** Format: uuid */
      issueId: string;
      /** Format: uuid */
      centreId: string;
      target: components['schemas']['FuelIssueTarget'];
      litres: number;
      /** Format: date-time */
      issuedAt: string;
      consumption: components['schemas']['FuelConsumption'] | null;
      flags: (
        | components['schemas']['AboveTankCapacityFlag']
        | components['schemas']['OdometerNotMovedFlag']
        | components['schemas']['EngineHoursNotMovedFlag']
        | components['schemas']['VehicleConsumptionOutlierFlag']
        | components['schemas']['TypeConsumptionOutlierFlag']
      )[];
      review: components['schemas']['FuelFlagReview'] | null;
      /**
       * @description none: nothing was flagged
       * @enum {string}
       */
      status: 'none' | 'open' | 'cleared' | 'confirmed';
    };
    FuelIssuePage: {
      items: components['schemas']['FuelIssueEntry'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    FuelLedgerView: {
      /** Format: uuid */
      centreId: string;
      /** @description the ledger stream’s version */
      version: number;
      balanceLitres: number;
      deliveredLitres: number;
      issuedLitres: number;
      /** @description flags awaiting review */
      openFlags: number;
    };
    FuelCostDto: {
      /** @example 250.5 */
      amount: number;
      /**
       * @description ISO 4217
       * @example USD
       */
      currency: string;
    };
    RecordFuelDeliveryDto: {
      /** @example 80.5 */
      litres: number;
      /** @description the supplier it was bought from */
      supplier?: string | null;
      /**
       * Format: uuid
       * @description the donor of the register who gave or paid it
       */
      donorId?: string | null;
      cost?: components['schemas']['FuelCostDto'] | null;
      /**
       * Format: uuid
       * @description the member who received it into the stock
       */
      receivedBy: string;
      /**
       * Format: date-time
       * @example 2026-01-15T06:00:00Z
       */
      deliveredAt: string;
    };
    IssueFuelDto: {
      /** @enum {string} */
      targetKind: 'vehicle' | 'generator';
      /**
       * Format: uuid
       * @description the vehicle, or the generator (an equipment item)
       */
      targetId: string;
      /**
       * @description a vehicle: its odometer at the pump
       * @example 120050
       */
      odometerKm?: number;
      /**
       * @description a generator: its hour meter at the pump
       * @example 4001.5
       */
      engineHours?: number;
      /** @example 80.5 */
      litres: number;
      /**
       * Format: uuid
       * @description the member who issued it from the stock
       */
      issuedBy: string;
      /**
       * Format: uuid
       * @description the member who took it (the driver, the generator’s operator)
       */
      receivedBy: string;
      /**
       * Format: date-time
       * @example 2026-01-15T06:00:00Z
       */
      issuedAt: string;
    };
    ReviewFuelFlagDto: {
      /**
       * Format: uuid
       * @description the flagged issue
       */
      issueId: string;
      /**
       * @description cleared: explained; confirmed: a loss to follow up
       * @enum {string}
       */
      outcome: 'cleared' | 'confirmed';
      /** @example The driver filled two jerrycans for the generator at the collapsed building */
      note: string;
      /**
       * Format: date-time
       * @example 2026-01-15T06:00:00Z
       */
      reviewedAt: string;
    };
    RecordStocktakeDto: {
      /**
       * @description the stock as counted
       * @example 80.5
       */
      countedLitres: number;
      /** @description why the count differs from the ledger: required then */
      reason?: string | null;
      /**
       * Format: uuid
       * @description the member who counted
       */
      countedBy: string;
      /**
       * Format: date-time
       * @example 2026-01-15T06:00:00Z
       */
      countedAt: string;
    };
    ItemHolding: {
      /** @enum {string} */
      kind: 'member' | 'centre' | 'vehicle';
      /**
       * Format: uuid
       * @description the member’s, centre’s or vehicle’s id
       */
      id: string;
      quantity: number;
    };
    ItemEntry: {
      /** Format: uuid */
      itemId: string;
      /** @description its stream version */
      version: number;
      /** @enum {string} */
      itemType:
        | 'generator'
        | 'hydraulic-rescue-tool'
        | 'breathing-apparatus'
        | 'helmet-camera'
        | 'radio'
        | 'thermal-camera'
        | 'chainsaw'
        | 'first-aid-kit'
        | 'protective-clothing'
        | 'consumable'
        | 'other';
      description: string;
      serialNumber: string | null;
      unit: string | null;
      /** Format: uuid */
      donorId: string | null;
      /**
       * Format: uuid
       * @description the centre whose stock it belongs to
       */
      centreId: string;
      /** Format: date */
      acquiredOn: string;
      tankCapacityLitres: number | null;
      quantity: number;
      inStock: number;
      damaged: boolean;
      /**
       * @description why it was written off, once it was
       * @enum {string|null}
       */
      writtenOff: 'lost' | 'stolen' | 'destroyed' | 'beyond-repair' | 'not-recovered' | null;
      holdings: components['schemas']['ItemHolding'][];
    };
    ItemPage: {
      items: components['schemas']['ItemEntry'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
    };
    RegisterItemDto: {
      /** @enum {string} */
      type:
        | 'generator'
        | 'hydraulic-rescue-tool'
        | 'breathing-apparatus'
        | 'helmet-camera'
        | 'radio'
        | 'thermal-camera'
        | 'chainsaw'
        | 'first-aid-kit'
        | 'protective-clothing'
        | 'consumable'
        | 'other';
      /** @example Holmatro spreader SP 4260 */
      description: string;
      /** @description a serial-numbered item; none: a counted consumable */
      serialNumber?: string | null;
      /**
       * @default 1
       * @example 1
       */
      quantity: number;
      /** @description a consumable’s unit: pieces, boxes… */
      unit?: string | null;
      /**
       * Format: uuid
       * @description the donor of the register; none: own funds
       */
      donorId?: string | null;
      /**
       * Format: uuid
       * @description the centre whose stock it enters
       */
      centreId: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      acquiredOn: string;
      /** @description generators: the tank, in litres */
      tankCapacityLitres?: number | null;
    };
    HolderDto: {
      /** @enum {string} */
      kind: 'member' | 'centre' | 'vehicle';
      /**
       * Format: uuid
       * @description the member, centre or vehicle
       */
      id: string;
    };
    IssueItemDto: {
      holder: components['schemas']['HolderDto'];
      /** @example 1 */
      quantity: number;
      /**
       * Format: date
       * @example 2025-03-01
       */
      issuedOn: string;
    };
    ReturnItemDto: {
      /** @description who gives it back */
      holder: components['schemas']['HolderDto'];
      /** @example 1 */
      quantity: number;
      /**
       * Format: date
       * @example 2025-03-01
       */
      returnedOn: string;
      /** @enum {string} */
      condition: 'good' | 'damaged';
    };
    RecordItemDamageDto: {
      /** @example Lens cracked by falling rubble */
      description: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      occurredOn: string;
      /** @description the incident it happened in */
      incidentRef?: string | null;
    };
    WriteOffItemDto: {
      /** @description who had it; none: the centre’s stock */
      holder?: components['schemas']['HolderDto'] | null;
      /** @example 1 */
      quantity: number;
      /** @enum {string} */
      reason: 'lost' | 'stolen' | 'destroyed' | 'beyond-repair' | 'not-recovered';
      /** @example Incident report INC-2026-0114 */
      evidenceRef: string;
      /**
       * Format: date
       * @example 2025-03-01
       */
      writtenOffOn: string;
    };
    RecoveryLine: {
      /** Format: uuid */
      itemId: string;
      /** Format: uuid */
      centreId: string;
      /** @description how many the member held */
      quantity: number;
      outstanding: number;
      returned: number;
      writtenOff: number;
    };
    RecoveryView: {
      /** Format: uuid */
      recoveryId: string;
      /** Format: uuid */
      memberId: string;
      /** @enum {string} */
      cause: 'killed-in-line-of-duty' | 'departed';
      /** Format: uuid */
      centreId: string | null;
      /** Format: date */
      occurredOn: string;
      /** Format: date-time */
      openedAt: string;
      /** Format: date-time */
      completedAt: string | null;
      /** @enum {string} */
      status: 'open' | 'complete';
      items: components['schemas']['RecoveryLine'][];
    };
    RecoveryPage: {
      items: components['schemas']['RecoveryView'][];
      /** @description how many match in all */
      total: number;
      limit: number;
      offset: number;
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
