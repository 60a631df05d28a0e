/* eslint-disable */
// @ts-nocheck
// GENERATED from src/shared/library-export.schema.json by tests/unit/library/schema.test.ts
// (run it with UPDATE_VALIDATOR=1 after changing the schema). Do not edit by hand.
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://heistlens.invalid/schemas/library-export-v1.json',
  title: 'HeistLens library export, version 1',
  description:
    'A backup of the reader\'s saved incidents and their sources, written by "Export JSON" and read back by "Import JSON". Every string is plain text (never HTML). Identifiers are stable, so importing merges with the existing library by id.',
  type: 'object',
  required: ['format', 'version', 'exportedAt', 'generator', 'incidents'],
  additionalProperties: false,
  properties: {
    format: { const: 'heistlens-library', description: 'Always "heistlens-library".' },
    version: {
      const: 1,
      description: 'The format version; a reader refuses versions it does not know.',
    },
    exportedAt: { $ref: '#/definitions/dateTime' },
    generator: {
      $ref: '#/definitions/shortText',
      description: 'The program and version that wrote the file.',
    },
    incidents: {
      type: 'array',
      maxItems: 200000,
      items: { $ref: '#/definitions/incident' },
      description: 'Sorted by id.',
    },
  },
  definitions: {
    id: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$' },
    shortText: { type: 'string', maxLength: 300 },
    name: { type: 'string', minLength: 1, maxLength: 300 },
    dateTime: {
      type: 'string',
      maxLength: 40,
      pattern:
        '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
      description: 'An RFC 3339 date-time.',
    },
    day: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      description: 'A calendar date, YYYY-MM-DD.',
    },
    httpUrl: {
      type: 'string',
      maxLength: 4096,
      pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
      description: 'Only http and https pages are ever saved.',
    },
    victim: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { $ref: '#/definitions/name' },
        entityId: { $ref: '#/definitions/id' },
        kind: { type: 'string', maxLength: 60, description: 'exchange, bridge, defi, wallet, ...' },
      },
    },
    actor: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { $ref: '#/definitions/name' },
        entityId: { $ref: '#/definitions/id' },
        strength: { enum: ['confirmed', 'attributed', 'suspected', 'claimed'] },
        by: { $ref: '#/definitions/shortText', description: 'Who made the attribution.' },
      },
    },
    amount: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['value', 'currency'],
          additionalProperties: false,
          properties: {
            value: { type: 'number', minimum: 0 },
            currency: { type: 'string', pattern: '^[A-Z0-9]{2,12}$' },
            usd: { type: 'number', minimum: 0 },
            text: { $ref: '#/definitions/shortText', description: 'The figure as written.' },
          },
        },
      ],
    },
    highlight: {
      type: 'object',
      required: ['kind', 'role', 'quote', 'position'],
      additionalProperties: false,
      description: 'One highlight as W3C Web Annotation selectors.',
      properties: {
        kind: { enum: ['actor', 'victim', 'amount', 'organization', 'date'] },
        role: { type: 'string', maxLength: 60 },
        quote: {
          type: 'object',
          required: ['type', 'exact', 'prefix', 'suffix'],
          additionalProperties: false,
          properties: {
            type: { const: 'TextQuoteSelector' },
            exact: { type: 'string', maxLength: 2000 },
            prefix: { type: 'string', maxLength: 500 },
            suffix: { type: 'string', maxLength: 500 },
          },
        },
        position: {
          type: 'object',
          required: ['type', 'start', 'end'],
          additionalProperties: false,
          properties: {
            type: { const: 'TextPositionSelector' },
            start: { type: 'integer', minimum: 0 },
            end: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    report: {
      type: 'object',
      required: ['victims', 'actors', 'date'],
      additionalProperties: false,
      description: 'What this story itself reported, kept so a merge can be undone.',
      properties: {
        victims: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/victim' } },
        actors: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/actor' } },
        date: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/day' }] },
      },
    },
    source: {
      type: 'object',
      required: [
        'id',
        'incidentId',
        'url',
        'canonicalUrl',
        'title',
        'site',
        'savedAt',
        'amount',
        'highlights',
      ],
      additionalProperties: false,
      properties: {
        id: { $ref: '#/definitions/id' },
        incidentId: {
          $ref: '#/definitions/id',
          description: 'Equal to the id of the incident that holds it.',
        },
        url: { $ref: '#/definitions/httpUrl' },
        canonicalUrl: { $ref: '#/definitions/httpUrl' },
        title: { type: 'string', maxLength: 1000 },
        site: { $ref: '#/definitions/shortText' },
        published: { type: 'string', maxLength: 100 },
        savedAt: { $ref: '#/definitions/dateTime' },
        amount: { $ref: '#/definitions/amount', description: "This source's own figure." },
        highlights: { type: 'array', maxItems: 5000, items: { $ref: '#/definitions/highlight' } },
        reported: { $ref: '#/definitions/report' },
        mergedAt: {
          $ref: '#/definitions/dateTime',
          description: 'When this story was added to an incident saved earlier.',
        },
      },
    },
    incident: {
      type: 'object',
      required: [
        'id',
        'victims',
        'victimKey',
        'actors',
        'amount',
        'date',
        'tags',
        'notes',
        'createdAt',
        'updatedAt',
        'sources',
      ],
      additionalProperties: false,
      properties: {
        id: { $ref: '#/definitions/id' },
        victims: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/victim' } },
        victimKey: {
          type: 'string',
          maxLength: 300,
          description: "Derived from the first victim's name; recomputed on import.",
        },
        actors: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/actor' } },
        amount: { $ref: '#/definitions/amount', description: "The reader's chosen figure." },
        date: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/day' }] },
        datasetIncidentId: {
          $ref: '#/definitions/id',
          description: "The bundled dataset's incident this one was matched to.",
        },
        tags: {
          type: 'array',
          maxItems: 100,
          items: { type: 'string', minLength: 1, maxLength: 100 },
        },
        notes: { type: 'string', maxLength: 20000 },
        createdAt: { $ref: '#/definitions/dateTime' },
        updatedAt: { $ref: '#/definitions/dateTime' },
        sources: { type: 'array', maxItems: 1000, items: { $ref: '#/definitions/source' } },
      },
    },
  },
};
const schema12 = {
  type: 'string',
  maxLength: 40,
  pattern:
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
  description: 'An RFC 3339 date-time.',
};
const schema13 = { type: 'string', maxLength: 300 };
const pattern0 = new RegExp(
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
  'u',
);
const schema14 = {
  type: 'object',
  required: [
    'id',
    'victims',
    'victimKey',
    'actors',
    'amount',
    'date',
    'tags',
    'notes',
    'createdAt',
    'updatedAt',
    'sources',
  ],
  additionalProperties: false,
  properties: {
    id: { $ref: '#/definitions/id' },
    victims: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/victim' } },
    victimKey: {
      type: 'string',
      maxLength: 300,
      description: "Derived from the first victim's name; recomputed on import.",
    },
    actors: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/actor' } },
    amount: { $ref: '#/definitions/amount', description: "The reader's chosen figure." },
    date: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/day' }] },
    datasetIncidentId: {
      $ref: '#/definitions/id',
      description: "The bundled dataset's incident this one was matched to.",
    },
    tags: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 100 } },
    notes: { type: 'string', maxLength: 20000 },
    createdAt: { $ref: '#/definitions/dateTime' },
    updatedAt: { $ref: '#/definitions/dateTime' },
    sources: { type: 'array', maxItems: 1000, items: { $ref: '#/definitions/source' } },
  },
};
const schema15 = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$' };
const schema25 = {
  type: 'string',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  description: 'A calendar date, YYYY-MM-DD.',
};
const func2 = Object.prototype.hasOwnProperty;
const pattern1 = new RegExp('^[A-Za-z0-9._:-]+$', 'u');
const pattern5 = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'u');
const schema16 = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { $ref: '#/definitions/name' },
    entityId: { $ref: '#/definitions/id' },
    kind: { type: 'string', maxLength: 60, description: 'exchange, bridge, defi, wallet, ...' },
  },
};
const schema17 = { type: 'string', minLength: 1, maxLength: 300 };
function validate12(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.name === undefined && (missing0 = 'name')) {
        validate12.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'name' || key0 === 'entityId' || key0 === 'kind')) {
            validate12.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== undefined) {
            let data0 = data.name;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === 'string') {
                if (data0.length > 300) {
                  validate12.errors = [
                    {
                      instancePath: instancePath + '/name',
                      schemaPath: '#/definitions/name/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 300 },
                      message: 'must NOT have more than 300 characters',
                    },
                  ];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate12.errors = [
                      {
                        instancePath: instancePath + '/name',
                        schemaPath: '#/definitions/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                }
              } else {
                validate12.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/definitions/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.entityId !== undefined) {
              let data1 = data.entityId;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data1 === 'string') {
                  if (data1.length > 200) {
                    validate12.errors = [
                      {
                        instancePath: instancePath + '/entityId',
                        schemaPath: '#/definitions/id/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 200 },
                        message: 'must NOT have more than 200 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (data1.length < 1) {
                      validate12.errors = [
                        {
                          instancePath: instancePath + '/entityId',
                          schemaPath: '#/definitions/id/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern1.test(data1)) {
                        validate12.errors = [
                          {
                            instancePath: instancePath + '/entityId',
                            schemaPath: '#/definitions/id/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9._:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9._:-]+$' + '"',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                } else {
                  validate12.errors = [
                    {
                      instancePath: instancePath + '/entityId',
                      schemaPath: '#/definitions/id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.kind !== undefined) {
                let data2 = data.kind;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data2 === 'string') {
                    if (data2.length > 60) {
                      validate12.errors = [
                        {
                          instancePath: instancePath + '/kind',
                          schemaPath: '#/properties/kind/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 60 },
                          message: 'must NOT have more than 60 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate12.errors = [
                      {
                        instancePath: instancePath + '/kind',
                        schemaPath: '#/properties/kind/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate12.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
const schema19 = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { $ref: '#/definitions/name' },
    entityId: { $ref: '#/definitions/id' },
    strength: { enum: ['confirmed', 'attributed', 'suspected', 'claimed'] },
    by: { $ref: '#/definitions/shortText', description: 'Who made the attribution.' },
  },
};
function validate14(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.name === undefined && (missing0 = 'name')) {
        validate14.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'name' || key0 === 'entityId' || key0 === 'strength' || key0 === 'by')) {
            validate14.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== undefined) {
            let data0 = data.name;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === 'string') {
                if (data0.length > 300) {
                  validate14.errors = [
                    {
                      instancePath: instancePath + '/name',
                      schemaPath: '#/definitions/name/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 300 },
                      message: 'must NOT have more than 300 characters',
                    },
                  ];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate14.errors = [
                      {
                        instancePath: instancePath + '/name',
                        schemaPath: '#/definitions/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  }
                }
              } else {
                validate14.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/definitions/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.entityId !== undefined) {
              let data1 = data.entityId;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data1 === 'string') {
                  if (data1.length > 200) {
                    validate14.errors = [
                      {
                        instancePath: instancePath + '/entityId',
                        schemaPath: '#/definitions/id/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 200 },
                        message: 'must NOT have more than 200 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (data1.length < 1) {
                      validate14.errors = [
                        {
                          instancePath: instancePath + '/entityId',
                          schemaPath: '#/definitions/id/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern1.test(data1)) {
                        validate14.errors = [
                          {
                            instancePath: instancePath + '/entityId',
                            schemaPath: '#/definitions/id/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9._:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9._:-]+$' + '"',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                } else {
                  validate14.errors = [
                    {
                      instancePath: instancePath + '/entityId',
                      schemaPath: '#/definitions/id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.strength !== undefined) {
                let data2 = data.strength;
                const _errs8 = errors;
                if (!(
                  data2 === 'confirmed' ||
                  data2 === 'attributed' ||
                  data2 === 'suspected' ||
                  data2 === 'claimed'
                )) {
                  validate14.errors = [
                    {
                      instancePath: instancePath + '/strength',
                      schemaPath: '#/properties/strength/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema19.properties.strength.enum },
                      message: 'must be equal to one of the allowed values',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.by !== undefined) {
                  let data3 = data.by;
                  const _errs9 = errors;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data3 === 'string') {
                      if (data3.length > 300) {
                        validate14.errors = [
                          {
                            instancePath: instancePath + '/by',
                            schemaPath: '#/definitions/shortText/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 300 },
                            message: 'must NOT have more than 300 characters',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate14.errors = [
                        {
                          instancePath: instancePath + '/by',
                          schemaPath: '#/definitions/shortText/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate14.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      required: ['value', 'currency'],
      additionalProperties: false,
      properties: {
        value: { type: 'number', minimum: 0 },
        currency: { type: 'string', pattern: '^[A-Z0-9]{2,12}$' },
        usd: { type: 'number', minimum: 0 },
        text: { $ref: '#/definitions/shortText', description: 'The figure as written.' },
      },
    },
  ],
};
const pattern4 = new RegExp('^[A-Z0-9]{2,12}$', 'u');
function validate16(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'null' },
      message: 'must be null',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.value === undefined && (missing0 = 'value')) ||
        (data.currency === undefined && (missing0 = 'currency'))
      ) {
        const err1 = {
          instancePath,
          schemaPath: '#/oneOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing0 },
          message: "must have required property '" + missing0 + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        const _errs5 = errors;
        for (const key0 in data) {
          if (!(key0 === 'value' || key0 === 'currency' || key0 === 'usd' || key0 === 'text')) {
            const err2 = {
              instancePath,
              schemaPath: '#/oneOf/1/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break;
          }
        }
        if (_errs5 === errors) {
          if (data.value !== undefined) {
            let data0 = data.value;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data0 == 'number' && isFinite(data0)) {
                if (data0 < 0 || isNaN(data0)) {
                  const err3 = {
                    instancePath: instancePath + '/value',
                    schemaPath: '#/oneOf/1/properties/value/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = {
                  instancePath: instancePath + '/value',
                  schemaPath: '#/oneOf/1/properties/value/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.currency !== undefined) {
              let data1 = data.currency;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data1 === 'string') {
                  if (!pattern4.test(data1)) {
                    const err5 = {
                      instancePath: instancePath + '/currency',
                      schemaPath: '#/oneOf/1/properties/currency/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[A-Z0-9]{2,12}$' },
                      message: 'must match pattern "' + '^[A-Z0-9]{2,12}$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                } else {
                  const err6 = {
                    instancePath: instancePath + '/currency',
                    schemaPath: '#/oneOf/1/properties/currency/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
              var valid1 = _errs8 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.usd !== undefined) {
                let data2 = data.usd;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data2 == 'number' && isFinite(data2)) {
                    if (data2 < 0 || isNaN(data2)) {
                      const err7 = {
                        instancePath: instancePath + '/usd',
                        schemaPath: '#/oneOf/1/properties/usd/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  } else {
                    const err8 = {
                      instancePath: instancePath + '/usd',
                      schemaPath: '#/oneOf/1/properties/usd/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                    };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.text !== undefined) {
                  let data3 = data.text;
                  const _errs12 = errors;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (typeof data3 === 'string') {
                      if (data3.length > 300) {
                        const err9 = {
                          instancePath: instancePath + '/text',
                          schemaPath: '#/definitions/shortText/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 300 },
                          message: 'must NOT have more than 300 characters',
                        };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    } else {
                      const err10 = {
                        instancePath: instancePath + '/text',
                        schemaPath: '#/definitions/shortText/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                  var valid1 = _errs12 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    } else {
      const err11 = {
        instancePath,
        schemaPath: '#/oneOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err12 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
    validate16.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
const schema29 = {
  type: 'object',
  required: [
    'id',
    'incidentId',
    'url',
    'canonicalUrl',
    'title',
    'site',
    'savedAt',
    'amount',
    'highlights',
  ],
  additionalProperties: false,
  properties: {
    id: { $ref: '#/definitions/id' },
    incidentId: {
      $ref: '#/definitions/id',
      description: 'Equal to the id of the incident that holds it.',
    },
    url: { $ref: '#/definitions/httpUrl' },
    canonicalUrl: { $ref: '#/definitions/httpUrl' },
    title: { type: 'string', maxLength: 1000 },
    site: { $ref: '#/definitions/shortText' },
    published: { type: 'string', maxLength: 100 },
    savedAt: { $ref: '#/definitions/dateTime' },
    amount: { $ref: '#/definitions/amount', description: "This source's own figure." },
    highlights: { type: 'array', maxItems: 5000, items: { $ref: '#/definitions/highlight' } },
    reported: { $ref: '#/definitions/report' },
    mergedAt: {
      $ref: '#/definitions/dateTime',
      description: 'When this story was added to an incident saved earlier.',
    },
  },
};
const schema32 = {
  type: 'string',
  maxLength: 4096,
  pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
  description: 'Only http and https pages are ever saved.',
};
const schema36 = {
  type: 'object',
  required: ['kind', 'role', 'quote', 'position'],
  additionalProperties: false,
  description: 'One highlight as W3C Web Annotation selectors.',
  properties: {
    kind: { enum: ['actor', 'victim', 'amount', 'organization', 'date'] },
    role: { type: 'string', maxLength: 60 },
    quote: {
      type: 'object',
      required: ['type', 'exact', 'prefix', 'suffix'],
      additionalProperties: false,
      properties: {
        type: { const: 'TextQuoteSelector' },
        exact: { type: 'string', maxLength: 2000 },
        prefix: { type: 'string', maxLength: 500 },
        suffix: { type: 'string', maxLength: 500 },
      },
    },
    position: {
      type: 'object',
      required: ['type', 'start', 'end'],
      additionalProperties: false,
      properties: {
        type: { const: 'TextPositionSelector' },
        start: { type: 'integer', minimum: 0 },
        end: { type: 'integer', minimum: 0 },
      },
    },
  },
};
const pattern11 = new RegExp('^[Hh][Tt][Tt][Pp][Ss]?://', 'u');
const schema37 = {
  type: 'object',
  required: ['victims', 'actors', 'date'],
  additionalProperties: false,
  description: 'What this story itself reported, kept so a merge can be undone.',
  properties: {
    victims: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/victim' } },
    actors: { type: 'array', maxItems: 50, items: { $ref: '#/definitions/actor' } },
    date: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/day' }] },
  },
};
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.victims === undefined && (missing0 = 'victims')) ||
        (data.actors === undefined && (missing0 = 'actors')) ||
        (data.date === undefined && (missing0 = 'date'))
      ) {
        validate20.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === 'victims' || key0 === 'actors' || key0 === 'date')) {
            validate20.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.victims !== undefined) {
            let data0 = data.victims;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                if (data0.length > 50) {
                  validate20.errors = [
                    {
                      instancePath: instancePath + '/victims',
                      schemaPath: '#/properties/victims/maxItems',
                      keyword: 'maxItems',
                      params: { limit: 50 },
                      message: 'must NOT have more than 50 items',
                    },
                  ];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data0.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs4 = errors;
                    if (
                      !validate12(data0[i0], {
                        instancePath: instancePath + '/victims/' + i0,
                        parentData: data0,
                        parentDataProperty: i0,
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              } else {
                validate20.errors = [
                  {
                    instancePath: instancePath + '/victims',
                    schemaPath: '#/properties/victims/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.actors !== undefined) {
              let data2 = data.actors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  if (data2.length > 50) {
                    validate20.errors = [
                      {
                        instancePath: instancePath + '/actors',
                        schemaPath: '#/properties/actors/maxItems',
                        keyword: 'maxItems',
                        params: { limit: 50 },
                        message: 'must NOT have more than 50 items',
                      },
                    ];
                    return false;
                  } else {
                    var valid2 = true;
                    const len1 = data2.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs7 = errors;
                      if (
                        !validate14(data2[i1], {
                          instancePath: instancePath + '/actors/' + i1,
                          parentData: data2,
                          parentDataProperty: i1,
                          rootData,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs7 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                } else {
                  validate20.errors = [
                    {
                      instancePath: instancePath + '/actors',
                      schemaPath: '#/properties/actors/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.date !== undefined) {
                let data4 = data.date;
                const _errs8 = errors;
                const _errs9 = errors;
                let valid3 = false;
                let passing0 = null;
                const _errs10 = errors;
                if (data4 !== null) {
                  const err0 = {
                    instancePath: instancePath + '/date',
                    schemaPath: '#/properties/date/oneOf/0/type',
                    keyword: 'type',
                    params: { type: 'null' },
                    message: 'must be null',
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs10 === errors;
                if (_valid0) {
                  valid3 = true;
                  passing0 = 0;
                }
                const _errs12 = errors;
                const _errs13 = errors;
                if (errors === _errs13) {
                  if (typeof data4 === 'string') {
                    if (!pattern5.test(data4)) {
                      const err1 = {
                        instancePath: instancePath + '/date',
                        schemaPath: '#/definitions/day/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
                        message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                    }
                  } else {
                    const err2 = {
                      instancePath: instancePath + '/date',
                      schemaPath: '#/definitions/day/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs12 === errors;
                if (_valid0 && valid3) {
                  valid3 = false;
                  passing0 = [passing0, 1];
                } else {
                  if (_valid0) {
                    valid3 = true;
                    passing0 = 1;
                  }
                }
                if (!valid3) {
                  const err3 = {
                    instancePath: instancePath + '/date',
                    schemaPath: '#/properties/date/oneOf',
                    keyword: 'oneOf',
                    params: { passingSchemas: passing0 },
                    message: 'must match exactly one schema in oneOf',
                  };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  validate20.errors = vErrors;
                  return false;
                } else {
                  errors = _errs9;
                  if (vErrors !== null) {
                    if (_errs9) {
                      vErrors.length = _errs9;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate18(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.incidentId === undefined && (missing0 = 'incidentId')) ||
        (data.url === undefined && (missing0 = 'url')) ||
        (data.canonicalUrl === undefined && (missing0 = 'canonicalUrl')) ||
        (data.title === undefined && (missing0 = 'title')) ||
        (data.site === undefined && (missing0 = 'site')) ||
        (data.savedAt === undefined && (missing0 = 'savedAt')) ||
        (data.amount === undefined && (missing0 = 'amount')) ||
        (data.highlights === undefined && (missing0 = 'highlights'))
      ) {
        validate18.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema29.properties, key0)) {
            validate18.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === 'string') {
                if (data0.length > 200) {
                  validate18.errors = [
                    {
                      instancePath: instancePath + '/id',
                      schemaPath: '#/definitions/id/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 200 },
                      message: 'must NOT have more than 200 characters',
                    },
                  ];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate18.errors = [
                      {
                        instancePath: instancePath + '/id',
                        schemaPath: '#/definitions/id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (!pattern1.test(data0)) {
                      validate18.errors = [
                        {
                          instancePath: instancePath + '/id',
                          schemaPath: '#/definitions/id/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^[A-Za-z0-9._:-]+$' },
                          message: 'must match pattern "' + '^[A-Za-z0-9._:-]+$' + '"',
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate18.errors = [
                  {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/definitions/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.incidentId !== undefined) {
              let data1 = data.incidentId;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data1 === 'string') {
                  if (data1.length > 200) {
                    validate18.errors = [
                      {
                        instancePath: instancePath + '/incidentId',
                        schemaPath: '#/definitions/id/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 200 },
                        message: 'must NOT have more than 200 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (data1.length < 1) {
                      validate18.errors = [
                        {
                          instancePath: instancePath + '/incidentId',
                          schemaPath: '#/definitions/id/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern1.test(data1)) {
                        validate18.errors = [
                          {
                            instancePath: instancePath + '/incidentId',
                            schemaPath: '#/definitions/id/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9._:-]+$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9._:-]+$' + '"',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                } else {
                  validate18.errors = [
                    {
                      instancePath: instancePath + '/incidentId',
                      schemaPath: '#/definitions/id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.url !== undefined) {
                let data2 = data.url;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data2 === 'string') {
                    if (data2.length > 4096) {
                      validate18.errors = [
                        {
                          instancePath: instancePath + '/url',
                          schemaPath: '#/definitions/httpUrl/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 4096 },
                          message: 'must NOT have more than 4096 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern11.test(data2)) {
                        validate18.errors = [
                          {
                            instancePath: instancePath + '/url',
                            schemaPath: '#/definitions/httpUrl/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' },
                            message: 'must match pattern "' + '^[Hh][Tt][Tt][Pp][Ss]?://' + '"',
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate18.errors = [
                      {
                        instancePath: instancePath + '/url',
                        schemaPath: '#/definitions/httpUrl/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.canonicalUrl !== undefined) {
                  let data3 = data.canonicalUrl;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data3 === 'string') {
                      if (data3.length > 4096) {
                        validate18.errors = [
                          {
                            instancePath: instancePath + '/canonicalUrl',
                            schemaPath: '#/definitions/httpUrl/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 4096 },
                            message: 'must NOT have more than 4096 characters',
                          },
                        ];
                        return false;
                      } else {
                        if (!pattern11.test(data3)) {
                          validate18.errors = [
                            {
                              instancePath: instancePath + '/canonicalUrl',
                              schemaPath: '#/definitions/httpUrl/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' },
                              message: 'must match pattern "' + '^[Hh][Tt][Tt][Pp][Ss]?://' + '"',
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate18.errors = [
                        {
                          instancePath: instancePath + '/canonicalUrl',
                          schemaPath: '#/definitions/httpUrl/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.title !== undefined) {
                    let data4 = data.title;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data4 === 'string') {
                        if (data4.length > 1000) {
                          validate18.errors = [
                            {
                              instancePath: instancePath + '/title',
                              schemaPath: '#/properties/title/maxLength',
                              keyword: 'maxLength',
                              params: { limit: 1000 },
                              message: 'must NOT have more than 1000 characters',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate18.errors = [
                          {
                            instancePath: instancePath + '/title',
                            schemaPath: '#/properties/title/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.site !== undefined) {
                      let data5 = data.site;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (typeof data5 === 'string') {
                          if (data5.length > 300) {
                            validate18.errors = [
                              {
                                instancePath: instancePath + '/site',
                                schemaPath: '#/definitions/shortText/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 300 },
                                message: 'must NOT have more than 300 characters',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate18.errors = [
                            {
                              instancePath: instancePath + '/site',
                              schemaPath: '#/definitions/shortText/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.published !== undefined) {
                        let data6 = data.published;
                        const _errs19 = errors;
                        if (errors === _errs19) {
                          if (typeof data6 === 'string') {
                            if (data6.length > 100) {
                              validate18.errors = [
                                {
                                  instancePath: instancePath + '/published',
                                  schemaPath: '#/properties/published/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 100 },
                                  message: 'must NOT have more than 100 characters',
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate18.errors = [
                              {
                                instancePath: instancePath + '/published',
                                schemaPath: '#/properties/published/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.savedAt !== undefined) {
                          let data7 = data.savedAt;
                          const _errs21 = errors;
                          const _errs22 = errors;
                          if (errors === _errs22) {
                            if (typeof data7 === 'string') {
                              if (data7.length > 40) {
                                validate18.errors = [
                                  {
                                    instancePath: instancePath + '/savedAt',
                                    schemaPath: '#/definitions/dateTime/maxLength',
                                    keyword: 'maxLength',
                                    params: { limit: 40 },
                                    message: 'must NOT have more than 40 characters',
                                  },
                                ];
                                return false;
                              } else {
                                if (!pattern0.test(data7)) {
                                  validate18.errors = [
                                    {
                                      instancePath: instancePath + '/savedAt',
                                      schemaPath: '#/definitions/dateTime/pattern',
                                      keyword: 'pattern',
                                      params: {
                                        pattern:
                                          '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
                                      },
                                      message:
                                        'must match pattern "' +
                                        '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                                        '"',
                                    },
                                  ];
                                  return false;
                                }
                              }
                            } else {
                              validate18.errors = [
                                {
                                  instancePath: instancePath + '/savedAt',
                                  schemaPath: '#/definitions/dateTime/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.amount !== undefined) {
                            const _errs24 = errors;
                            if (
                              !validate16(data.amount, {
                                instancePath: instancePath + '/amount',
                                parentData: data,
                                parentDataProperty: 'amount',
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate16.errors
                                  : vErrors.concat(validate16.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs24 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.highlights !== undefined) {
                              let data9 = data.highlights;
                              const _errs25 = errors;
                              if (errors === _errs25) {
                                if (Array.isArray(data9)) {
                                  if (data9.length > 5000) {
                                    validate18.errors = [
                                      {
                                        instancePath: instancePath + '/highlights',
                                        schemaPath: '#/properties/highlights/maxItems',
                                        keyword: 'maxItems',
                                        params: { limit: 5000 },
                                        message: 'must NOT have more than 5000 items',
                                      },
                                    ];
                                    return false;
                                  } else {
                                    var valid7 = true;
                                    const len0 = data9.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data10 = data9[i0];
                                      const _errs27 = errors;
                                      const _errs28 = errors;
                                      if (errors === _errs28) {
                                        if (
                                          data10 &&
                                          typeof data10 == 'object' &&
                                          !Array.isArray(data10)
                                        ) {
                                          let missing1;
                                          if (
                                            (data10.kind === undefined && (missing1 = 'kind')) ||
                                            (data10.role === undefined && (missing1 = 'role')) ||
                                            (data10.quote === undefined && (missing1 = 'quote')) ||
                                            (data10.position === undefined &&
                                              (missing1 = 'position'))
                                          ) {
                                            validate18.errors = [
                                              {
                                                instancePath: instancePath + '/highlights/' + i0,
                                                schemaPath: '#/definitions/highlight/required',
                                                keyword: 'required',
                                                params: { missingProperty: missing1 },
                                                message:
                                                  "must have required property '" + missing1 + "'",
                                              },
                                            ];
                                            return false;
                                          } else {
                                            const _errs30 = errors;
                                            for (const key1 in data10) {
                                              if (!(
                                                key1 === 'kind' ||
                                                key1 === 'role' ||
                                                key1 === 'quote' ||
                                                key1 === 'position'
                                              )) {
                                                validate18.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath + '/highlights/' + i0,
                                                    schemaPath:
                                                      '#/definitions/highlight/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key1 },
                                                    message: 'must NOT have additional properties',
                                                  },
                                                ];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs30 === errors) {
                                              if (data10.kind !== undefined) {
                                                let data11 = data10.kind;
                                                const _errs31 = errors;
                                                if (!(
                                                  data11 === 'actor' ||
                                                  data11 === 'victim' ||
                                                  data11 === 'amount' ||
                                                  data11 === 'organization' ||
                                                  data11 === 'date'
                                                )) {
                                                  validate18.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/highlights/' +
                                                        i0 +
                                                        '/kind',
                                                      schemaPath:
                                                        '#/definitions/highlight/properties/kind/enum',
                                                      keyword: 'enum',
                                                      params: {
                                                        allowedValues:
                                                          schema36.properties.kind.enum,
                                                      },
                                                      message:
                                                        'must be equal to one of the allowed values',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid9 = _errs31 === errors;
                                              } else {
                                                var valid9 = true;
                                              }
                                              if (valid9) {
                                                if (data10.role !== undefined) {
                                                  let data12 = data10.role;
                                                  const _errs32 = errors;
                                                  if (errors === _errs32) {
                                                    if (typeof data12 === 'string') {
                                                      if (data12.length > 60) {
                                                        validate18.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/highlights/' +
                                                              i0 +
                                                              '/role',
                                                            schemaPath:
                                                              '#/definitions/highlight/properties/role/maxLength',
                                                            keyword: 'maxLength',
                                                            params: { limit: 60 },
                                                            message:
                                                              'must NOT have more than 60 characters',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate18.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/highlights/' +
                                                            i0 +
                                                            '/role',
                                                          schemaPath:
                                                            '#/definitions/highlight/properties/role/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid9 = _errs32 === errors;
                                                } else {
                                                  var valid9 = true;
                                                }
                                                if (valid9) {
                                                  if (data10.quote !== undefined) {
                                                    let data13 = data10.quote;
                                                    const _errs34 = errors;
                                                    if (errors === _errs34) {
                                                      if (
                                                        data13 &&
                                                        typeof data13 == 'object' &&
                                                        !Array.isArray(data13)
                                                      ) {
                                                        let missing2;
                                                        if (
                                                          (data13.type === undefined &&
                                                            (missing2 = 'type')) ||
                                                          (data13.exact === undefined &&
                                                            (missing2 = 'exact')) ||
                                                          (data13.prefix === undefined &&
                                                            (missing2 = 'prefix')) ||
                                                          (data13.suffix === undefined &&
                                                            (missing2 = 'suffix'))
                                                        ) {
                                                          validate18.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/highlights/' +
                                                                i0 +
                                                                '/quote',
                                                              schemaPath:
                                                                '#/definitions/highlight/properties/quote/required',
                                                              keyword: 'required',
                                                              params: { missingProperty: missing2 },
                                                              message:
                                                                "must have required property '" +
                                                                missing2 +
                                                                "'",
                                                            },
                                                          ];
                                                          return false;
                                                        } else {
                                                          const _errs36 = errors;
                                                          for (const key2 in data13) {
                                                            if (!(
                                                              key2 === 'type' ||
                                                              key2 === 'exact' ||
                                                              key2 === 'prefix' ||
                                                              key2 === 'suffix'
                                                            )) {
                                                              validate18.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/highlights/' +
                                                                    i0 +
                                                                    '/quote',
                                                                  schemaPath:
                                                                    '#/definitions/highlight/properties/quote/additionalProperties',
                                                                  keyword: 'additionalProperties',
                                                                  params: {
                                                                    additionalProperty: key2,
                                                                  },
                                                                  message:
                                                                    'must NOT have additional properties',
                                                                },
                                                              ];
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (_errs36 === errors) {
                                                            if (data13.type !== undefined) {
                                                              const _errs37 = errors;
                                                              if (
                                                                'TextQuoteSelector' !== data13.type
                                                              ) {
                                                                validate18.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/highlights/' +
                                                                      i0 +
                                                                      '/quote/type',
                                                                    schemaPath:
                                                                      '#/definitions/highlight/properties/quote/properties/type/const',
                                                                    keyword: 'const',
                                                                    params: {
                                                                      allowedValue:
                                                                        'TextQuoteSelector',
                                                                    },
                                                                    message:
                                                                      'must be equal to constant',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid10 = _errs37 === errors;
                                                            } else {
                                                              var valid10 = true;
                                                            }
                                                            if (valid10) {
                                                              if (data13.exact !== undefined) {
                                                                let data15 = data13.exact;
                                                                const _errs38 = errors;
                                                                if (errors === _errs38) {
                                                                  if (typeof data15 === 'string') {
                                                                    if (data15.length > 2000) {
                                                                      validate18.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/highlights/' +
                                                                            i0 +
                                                                            '/quote/exact',
                                                                          schemaPath:
                                                                            '#/definitions/highlight/properties/quote/properties/exact/maxLength',
                                                                          keyword: 'maxLength',
                                                                          params: { limit: 2000 },
                                                                          message:
                                                                            'must NOT have more than 2000 characters',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate18.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/highlights/' +
                                                                          i0 +
                                                                          '/quote/exact',
                                                                        schemaPath:
                                                                          '#/definitions/highlight/properties/quote/properties/exact/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid10 = _errs38 === errors;
                                                              } else {
                                                                var valid10 = true;
                                                              }
                                                              if (valid10) {
                                                                if (data13.prefix !== undefined) {
                                                                  let data16 = data13.prefix;
                                                                  const _errs40 = errors;
                                                                  if (errors === _errs40) {
                                                                    if (
                                                                      typeof data16 === 'string'
                                                                    ) {
                                                                      if (data16.length > 500) {
                                                                        validate18.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/highlights/' +
                                                                              i0 +
                                                                              '/quote/prefix',
                                                                            schemaPath:
                                                                              '#/definitions/highlight/properties/quote/properties/prefix/maxLength',
                                                                            keyword: 'maxLength',
                                                                            params: { limit: 500 },
                                                                            message:
                                                                              'must NOT have more than 500 characters',
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                    } else {
                                                                      validate18.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/highlights/' +
                                                                            i0 +
                                                                            '/quote/prefix',
                                                                          schemaPath:
                                                                            '#/definitions/highlight/properties/quote/properties/prefix/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'string',
                                                                          },
                                                                          message: 'must be string',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid10 = _errs40 === errors;
                                                                } else {
                                                                  var valid10 = true;
                                                                }
                                                                if (valid10) {
                                                                  if (data13.suffix !== undefined) {
                                                                    let data17 = data13.suffix;
                                                                    const _errs42 = errors;
                                                                    if (errors === _errs42) {
                                                                      if (
                                                                        typeof data17 === 'string'
                                                                      ) {
                                                                        if (data17.length > 500) {
                                                                          validate18.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/highlights/' +
                                                                                i0 +
                                                                                '/quote/suffix',
                                                                              schemaPath:
                                                                                '#/definitions/highlight/properties/quote/properties/suffix/maxLength',
                                                                              keyword: 'maxLength',
                                                                              params: {
                                                                                limit: 500,
                                                                              },
                                                                              message:
                                                                                'must NOT have more than 500 characters',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate18.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/highlights/' +
                                                                              i0 +
                                                                              '/quote/suffix',
                                                                            schemaPath:
                                                                              '#/definitions/highlight/properties/quote/properties/suffix/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'string',
                                                                            },
                                                                            message:
                                                                              'must be string',
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid10 =
                                                                      _errs42 === errors;
                                                                  } else {
                                                                    var valid10 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate18.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/highlights/' +
                                                              i0 +
                                                              '/quote',
                                                            schemaPath:
                                                              '#/definitions/highlight/properties/quote/type',
                                                            keyword: 'type',
                                                            params: { type: 'object' },
                                                            message: 'must be object',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                    var valid9 = _errs34 === errors;
                                                  } else {
                                                    var valid9 = true;
                                                  }
                                                  if (valid9) {
                                                    if (data10.position !== undefined) {
                                                      let data18 = data10.position;
                                                      const _errs44 = errors;
                                                      if (errors === _errs44) {
                                                        if (
                                                          data18 &&
                                                          typeof data18 == 'object' &&
                                                          !Array.isArray(data18)
                                                        ) {
                                                          let missing3;
                                                          if (
                                                            (data18.type === undefined &&
                                                              (missing3 = 'type')) ||
                                                            (data18.start === undefined &&
                                                              (missing3 = 'start')) ||
                                                            (data18.end === undefined &&
                                                              (missing3 = 'end'))
                                                          ) {
                                                            validate18.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/highlights/' +
                                                                  i0 +
                                                                  '/position',
                                                                schemaPath:
                                                                  '#/definitions/highlight/properties/position/required',
                                                                keyword: 'required',
                                                                params: {
                                                                  missingProperty: missing3,
                                                                },
                                                                message:
                                                                  "must have required property '" +
                                                                  missing3 +
                                                                  "'",
                                                              },
                                                            ];
                                                            return false;
                                                          } else {
                                                            const _errs46 = errors;
                                                            for (const key3 in data18) {
                                                              if (!(
                                                                key3 === 'type' ||
                                                                key3 === 'start' ||
                                                                key3 === 'end'
                                                              )) {
                                                                validate18.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/highlights/' +
                                                                      i0 +
                                                                      '/position',
                                                                    schemaPath:
                                                                      '#/definitions/highlight/properties/position/additionalProperties',
                                                                    keyword: 'additionalProperties',
                                                                    params: {
                                                                      additionalProperty: key3,
                                                                    },
                                                                    message:
                                                                      'must NOT have additional properties',
                                                                  },
                                                                ];
                                                                return false;
                                                                break;
                                                              }
                                                            }
                                                            if (_errs46 === errors) {
                                                              if (data18.type !== undefined) {
                                                                const _errs47 = errors;
                                                                if (
                                                                  'TextPositionSelector' !==
                                                                  data18.type
                                                                ) {
                                                                  validate18.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/highlights/' +
                                                                        i0 +
                                                                        '/position/type',
                                                                      schemaPath:
                                                                        '#/definitions/highlight/properties/position/properties/type/const',
                                                                      keyword: 'const',
                                                                      params: {
                                                                        allowedValue:
                                                                          'TextPositionSelector',
                                                                      },
                                                                      message:
                                                                        'must be equal to constant',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid11 = _errs47 === errors;
                                                              } else {
                                                                var valid11 = true;
                                                              }
                                                              if (valid11) {
                                                                if (data18.start !== undefined) {
                                                                  let data20 = data18.start;
                                                                  const _errs48 = errors;
                                                                  if (!(
                                                                    typeof data20 == 'number' &&
                                                                    !(data20 % 1) &&
                                                                    !isNaN(data20) &&
                                                                    isFinite(data20)
                                                                  )) {
                                                                    validate18.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/highlights/' +
                                                                          i0 +
                                                                          '/position/start',
                                                                        schemaPath:
                                                                          '#/definitions/highlight/properties/position/properties/start/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'integer' },
                                                                        message: 'must be integer',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs48) {
                                                                    if (
                                                                      typeof data20 == 'number' &&
                                                                      isFinite(data20)
                                                                    ) {
                                                                      if (
                                                                        data20 < 0 ||
                                                                        isNaN(data20)
                                                                      ) {
                                                                        validate18.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/highlights/' +
                                                                              i0 +
                                                                              '/position/start',
                                                                            schemaPath:
                                                                              '#/definitions/highlight/properties/position/properties/start/minimum',
                                                                            keyword: 'minimum',
                                                                            params: {
                                                                              comparison: '>=',
                                                                              limit: 0,
                                                                            },
                                                                            message: 'must be >= 0',
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid11 = _errs48 === errors;
                                                                } else {
                                                                  var valid11 = true;
                                                                }
                                                                if (valid11) {
                                                                  if (data18.end !== undefined) {
                                                                    let data21 = data18.end;
                                                                    const _errs50 = errors;
                                                                    if (!(
                                                                      typeof data21 == 'number' &&
                                                                      !(data21 % 1) &&
                                                                      !isNaN(data21) &&
                                                                      isFinite(data21)
                                                                    )) {
                                                                      validate18.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/highlights/' +
                                                                            i0 +
                                                                            '/position/end',
                                                                          schemaPath:
                                                                            '#/definitions/highlight/properties/position/properties/end/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'integer',
                                                                          },
                                                                          message:
                                                                            'must be integer',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs50) {
                                                                      if (
                                                                        typeof data21 == 'number' &&
                                                                        isFinite(data21)
                                                                      ) {
                                                                        if (
                                                                          data21 < 0 ||
                                                                          isNaN(data21)
                                                                        ) {
                                                                          validate18.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/highlights/' +
                                                                                i0 +
                                                                                '/position/end',
                                                                              schemaPath:
                                                                                '#/definitions/highlight/properties/position/properties/end/minimum',
                                                                              keyword: 'minimum',
                                                                              params: {
                                                                                comparison: '>=',
                                                                                limit: 0,
                                                                              },
                                                                              message:
                                                                                'must be >= 0',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid11 =
                                                                      _errs50 === errors;
                                                                  } else {
                                                                    var valid11 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate18.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/highlights/' +
                                                                i0 +
                                                                '/position',
                                                              schemaPath:
                                                                '#/definitions/highlight/properties/position/type',
                                                              keyword: 'type',
                                                              params: { type: 'object' },
                                                              message: 'must be object',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid9 = _errs44 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate18.errors = [
                                            {
                                              instancePath: instancePath + '/highlights/' + i0,
                                              schemaPath: '#/definitions/highlight/type',
                                              keyword: 'type',
                                              params: { type: 'object' },
                                              message: 'must be object',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid7 = _errs27 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate18.errors = [
                                    {
                                      instancePath: instancePath + '/highlights',
                                      schemaPath: '#/properties/highlights/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.reported !== undefined) {
                                const _errs52 = errors;
                                if (
                                  !validate20(data.reported, {
                                    instancePath: instancePath + '/reported',
                                    parentData: data,
                                    parentDataProperty: 'reported',
                                    rootData,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate20.errors
                                      : vErrors.concat(validate20.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs52 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.mergedAt !== undefined) {
                                  let data23 = data.mergedAt;
                                  const _errs53 = errors;
                                  const _errs54 = errors;
                                  if (errors === _errs54) {
                                    if (typeof data23 === 'string') {
                                      if (data23.length > 40) {
                                        validate18.errors = [
                                          {
                                            instancePath: instancePath + '/mergedAt',
                                            schemaPath: '#/definitions/dateTime/maxLength',
                                            keyword: 'maxLength',
                                            params: { limit: 40 },
                                            message: 'must NOT have more than 40 characters',
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (!pattern0.test(data23)) {
                                          validate18.errors = [
                                            {
                                              instancePath: instancePath + '/mergedAt',
                                              schemaPath: '#/definitions/dateTime/pattern',
                                              keyword: 'pattern',
                                              params: {
                                                pattern:
                                                  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
                                              },
                                              message:
                                                'must match pattern "' +
                                                '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                                                '"',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate18.errors = [
                                        {
                                          instancePath: instancePath + '/mergedAt',
                                          schemaPath: '#/definitions/dateTime/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs53 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate18.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate11(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.victims === undefined && (missing0 = 'victims')) ||
        (data.victimKey === undefined && (missing0 = 'victimKey')) ||
        (data.actors === undefined && (missing0 = 'actors')) ||
        (data.amount === undefined && (missing0 = 'amount')) ||
        (data.date === undefined && (missing0 = 'date')) ||
        (data.tags === undefined && (missing0 = 'tags')) ||
        (data.notes === undefined && (missing0 = 'notes')) ||
        (data.createdAt === undefined && (missing0 = 'createdAt')) ||
        (data.updatedAt === undefined && (missing0 = 'updatedAt')) ||
        (data.sources === undefined && (missing0 = 'sources'))
      ) {
        validate11.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema14.properties, key0)) {
            validate11.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === 'string') {
                if (data0.length > 200) {
                  validate11.errors = [
                    {
                      instancePath: instancePath + '/id',
                      schemaPath: '#/definitions/id/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 200 },
                      message: 'must NOT have more than 200 characters',
                    },
                  ];
                  return false;
                } else {
                  if (data0.length < 1) {
                    validate11.errors = [
                      {
                        instancePath: instancePath + '/id',
                        schemaPath: '#/definitions/id/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      },
                    ];
                    return false;
                  } else {
                    if (!pattern1.test(data0)) {
                      validate11.errors = [
                        {
                          instancePath: instancePath + '/id',
                          schemaPath: '#/definitions/id/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^[A-Za-z0-9._:-]+$' },
                          message: 'must match pattern "' + '^[A-Za-z0-9._:-]+$' + '"',
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate11.errors = [
                  {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/definitions/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.victims !== undefined) {
              let data1 = data.victims;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data1)) {
                  if (data1.length > 50) {
                    validate11.errors = [
                      {
                        instancePath: instancePath + '/victims',
                        schemaPath: '#/properties/victims/maxItems',
                        keyword: 'maxItems',
                        params: { limit: 50 },
                        message: 'must NOT have more than 50 items',
                      },
                    ];
                    return false;
                  } else {
                    var valid2 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs7 = errors;
                      if (
                        !validate12(data1[i0], {
                          instancePath: instancePath + '/victims/' + i0,
                          parentData: data1,
                          parentDataProperty: i0,
                          rootData,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs7 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                } else {
                  validate11.errors = [
                    {
                      instancePath: instancePath + '/victims',
                      schemaPath: '#/properties/victims/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.victimKey !== undefined) {
                let data3 = data.victimKey;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === 'string') {
                    if (data3.length > 300) {
                      validate11.errors = [
                        {
                          instancePath: instancePath + '/victimKey',
                          schemaPath: '#/properties/victimKey/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 300 },
                          message: 'must NOT have more than 300 characters',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate11.errors = [
                      {
                        instancePath: instancePath + '/victimKey',
                        schemaPath: '#/properties/victimKey/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.actors !== undefined) {
                  let data4 = data.actors;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (Array.isArray(data4)) {
                      if (data4.length > 50) {
                        validate11.errors = [
                          {
                            instancePath: instancePath + '/actors',
                            schemaPath: '#/properties/actors/maxItems',
                            keyword: 'maxItems',
                            params: { limit: 50 },
                            message: 'must NOT have more than 50 items',
                          },
                        ];
                        return false;
                      } else {
                        var valid3 = true;
                        const len1 = data4.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs12 = errors;
                          if (
                            !validate14(data4[i1], {
                              instancePath: instancePath + '/actors/' + i1,
                              parentData: data4,
                              parentDataProperty: i1,
                              rootData,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate14.errors
                                : vErrors.concat(validate14.errors);
                            errors = vErrors.length;
                          }
                          var valid3 = _errs12 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate11.errors = [
                        {
                          instancePath: instancePath + '/actors',
                          schemaPath: '#/properties/actors/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.amount !== undefined) {
                    const _errs13 = errors;
                    if (
                      !validate16(data.amount, {
                        instancePath: instancePath + '/amount',
                        parentData: data,
                        parentDataProperty: 'amount',
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.date !== undefined) {
                      let data7 = data.date;
                      const _errs14 = errors;
                      const _errs15 = errors;
                      let valid4 = false;
                      let passing0 = null;
                      const _errs16 = errors;
                      if (data7 !== null) {
                        const err0 = {
                          instancePath: instancePath + '/date',
                          schemaPath: '#/properties/date/oneOf/0/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs16 === errors;
                      if (_valid0) {
                        valid4 = true;
                        passing0 = 0;
                      }
                      const _errs18 = errors;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (typeof data7 === 'string') {
                          if (!pattern5.test(data7)) {
                            const err1 = {
                              instancePath: instancePath + '/date',
                              schemaPath: '#/definitions/day/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
                              message:
                                'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
                            };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                          }
                        } else {
                          const err2 = {
                            instancePath: instancePath + '/date',
                            schemaPath: '#/definitions/day/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs18 === errors;
                      if (_valid0 && valid4) {
                        valid4 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid4 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid4) {
                        const err3 = {
                          instancePath: instancePath + '/date',
                          schemaPath: '#/properties/date/oneOf',
                          keyword: 'oneOf',
                          params: { passingSchemas: passing0 },
                          message: 'must match exactly one schema in oneOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                        validate11.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs15;
                        if (vErrors !== null) {
                          if (_errs15) {
                            vErrors.length = _errs15;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.datasetIncidentId !== undefined) {
                        let data8 = data.datasetIncidentId;
                        const _errs21 = errors;
                        const _errs22 = errors;
                        if (errors === _errs22) {
                          if (typeof data8 === 'string') {
                            if (data8.length > 200) {
                              validate11.errors = [
                                {
                                  instancePath: instancePath + '/datasetIncidentId',
                                  schemaPath: '#/definitions/id/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 200 },
                                  message: 'must NOT have more than 200 characters',
                                },
                              ];
                              return false;
                            } else {
                              if (data8.length < 1) {
                                validate11.errors = [
                                  {
                                    instancePath: instancePath + '/datasetIncidentId',
                                    schemaPath: '#/definitions/id/minLength',
                                    keyword: 'minLength',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 characters',
                                  },
                                ];
                                return false;
                              } else {
                                if (!pattern1.test(data8)) {
                                  validate11.errors = [
                                    {
                                      instancePath: instancePath + '/datasetIncidentId',
                                      schemaPath: '#/definitions/id/pattern',
                                      keyword: 'pattern',
                                      params: { pattern: '^[A-Za-z0-9._:-]+$' },
                                      message: 'must match pattern "' + '^[A-Za-z0-9._:-]+$' + '"',
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          } else {
                            validate11.errors = [
                              {
                                instancePath: instancePath + '/datasetIncidentId',
                                schemaPath: '#/definitions/id/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.tags !== undefined) {
                          let data9 = data.tags;
                          const _errs24 = errors;
                          if (errors === _errs24) {
                            if (Array.isArray(data9)) {
                              if (data9.length > 100) {
                                validate11.errors = [
                                  {
                                    instancePath: instancePath + '/tags',
                                    schemaPath: '#/properties/tags/maxItems',
                                    keyword: 'maxItems',
                                    params: { limit: 100 },
                                    message: 'must NOT have more than 100 items',
                                  },
                                ];
                                return false;
                              } else {
                                var valid7 = true;
                                const len2 = data9.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data10 = data9[i2];
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (typeof data10 === 'string') {
                                      if (data10.length > 100) {
                                        validate11.errors = [
                                          {
                                            instancePath: instancePath + '/tags/' + i2,
                                            schemaPath: '#/properties/tags/items/maxLength',
                                            keyword: 'maxLength',
                                            params: { limit: 100 },
                                            message: 'must NOT have more than 100 characters',
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (data10.length < 1) {
                                          validate11.errors = [
                                            {
                                              instancePath: instancePath + '/tags/' + i2,
                                              schemaPath: '#/properties/tags/items/minLength',
                                              keyword: 'minLength',
                                              params: { limit: 1 },
                                              message: 'must NOT have fewer than 1 characters',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate11.errors = [
                                        {
                                          instancePath: instancePath + '/tags/' + i2,
                                          schemaPath: '#/properties/tags/items/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs26 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              }
                            } else {
                              validate11.errors = [
                                {
                                  instancePath: instancePath + '/tags',
                                  schemaPath: '#/properties/tags/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs24 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.notes !== undefined) {
                            let data11 = data.notes;
                            const _errs28 = errors;
                            if (errors === _errs28) {
                              if (typeof data11 === 'string') {
                                if (data11.length > 20000) {
                                  validate11.errors = [
                                    {
                                      instancePath: instancePath + '/notes',
                                      schemaPath: '#/properties/notes/maxLength',
                                      keyword: 'maxLength',
                                      params: { limit: 20000 },
                                      message: 'must NOT have more than 20000 characters',
                                    },
                                  ];
                                  return false;
                                }
                              } else {
                                validate11.errors = [
                                  {
                                    instancePath: instancePath + '/notes',
                                    schemaPath: '#/properties/notes/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid0 = _errs28 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.createdAt !== undefined) {
                              let data12 = data.createdAt;
                              const _errs30 = errors;
                              const _errs31 = errors;
                              if (errors === _errs31) {
                                if (typeof data12 === 'string') {
                                  if (data12.length > 40) {
                                    validate11.errors = [
                                      {
                                        instancePath: instancePath + '/createdAt',
                                        schemaPath: '#/definitions/dateTime/maxLength',
                                        keyword: 'maxLength',
                                        params: { limit: 40 },
                                        message: 'must NOT have more than 40 characters',
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (!pattern0.test(data12)) {
                                      validate11.errors = [
                                        {
                                          instancePath: instancePath + '/createdAt',
                                          schemaPath: '#/definitions/dateTime/pattern',
                                          keyword: 'pattern',
                                          params: {
                                            pattern:
                                              '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
                                          },
                                          message:
                                            'must match pattern "' +
                                            '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                                            '"',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate11.errors = [
                                    {
                                      instancePath: instancePath + '/createdAt',
                                      schemaPath: '#/definitions/dateTime/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.updatedAt !== undefined) {
                                let data13 = data.updatedAt;
                                const _errs33 = errors;
                                const _errs34 = errors;
                                if (errors === _errs34) {
                                  if (typeof data13 === 'string') {
                                    if (data13.length > 40) {
                                      validate11.errors = [
                                        {
                                          instancePath: instancePath + '/updatedAt',
                                          schemaPath: '#/definitions/dateTime/maxLength',
                                          keyword: 'maxLength',
                                          params: { limit: 40 },
                                          message: 'must NOT have more than 40 characters',
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (!pattern0.test(data13)) {
                                        validate11.errors = [
                                          {
                                            instancePath: instancePath + '/updatedAt',
                                            schemaPath: '#/definitions/dateTime/pattern',
                                            keyword: 'pattern',
                                            params: {
                                              pattern:
                                                '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
                                            },
                                            message:
                                              'must match pattern "' +
                                              '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                                              '"',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate11.errors = [
                                      {
                                        instancePath: instancePath + '/updatedAt',
                                        schemaPath: '#/definitions/dateTime/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid0 = _errs33 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.sources !== undefined) {
                                  let data14 = data.sources;
                                  const _errs36 = errors;
                                  if (errors === _errs36) {
                                    if (Array.isArray(data14)) {
                                      if (data14.length > 1000) {
                                        validate11.errors = [
                                          {
                                            instancePath: instancePath + '/sources',
                                            schemaPath: '#/properties/sources/maxItems',
                                            keyword: 'maxItems',
                                            params: { limit: 1000 },
                                            message: 'must NOT have more than 1000 items',
                                          },
                                        ];
                                        return false;
                                      } else {
                                        var valid10 = true;
                                        const len3 = data14.length;
                                        for (let i3 = 0; i3 < len3; i3++) {
                                          const _errs38 = errors;
                                          if (
                                            !validate18(data14[i3], {
                                              instancePath: instancePath + '/sources/' + i3,
                                              parentData: data14,
                                              parentDataProperty: i3,
                                              rootData,
                                            })
                                          ) {
                                            vErrors =
                                              vErrors === null
                                                ? validate18.errors
                                                : vErrors.concat(validate18.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid10 = _errs38 === errors;
                                          if (!valid10) {
                                            break;
                                          }
                                        }
                                      }
                                    } else {
                                      validate11.errors = [
                                        {
                                          instancePath: instancePath + '/sources',
                                          schemaPath: '#/properties/sources/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs36 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://heistlens.invalid/schemas/library-export-v1.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === undefined && (missing0 = 'format')) ||
        (data.version === undefined && (missing0 = 'version')) ||
        (data.exportedAt === undefined && (missing0 = 'exportedAt')) ||
        (data.generator === undefined && (missing0 = 'generator')) ||
        (data.incidents === undefined && (missing0 = 'incidents'))
      ) {
        validate10.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(
            key0 === 'format' ||
            key0 === 'version' ||
            key0 === 'exportedAt' ||
            key0 === 'generator' ||
            key0 === 'incidents'
          )) {
            validate10.errors = [
              {
                instancePath,
                schemaPath: '#/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key0 },
                message: 'must NOT have additional properties',
              },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.format !== undefined) {
            const _errs2 = errors;
            if ('heistlens-library' !== data.format) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/format',
                  schemaPath: '#/properties/format/const',
                  keyword: 'const',
                  params: { allowedValue: 'heistlens-library' },
                  message: 'must be equal to constant',
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.version !== undefined) {
              const _errs3 = errors;
              if (1 !== data.version) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/const',
                    keyword: 'const',
                    params: { allowedValue: 1 },
                    message: 'must be equal to constant',
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.exportedAt !== undefined) {
                let data2 = data.exportedAt;
                const _errs4 = errors;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (typeof data2 === 'string') {
                    if (data2.length > 40) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/exportedAt',
                          schemaPath: '#/definitions/dateTime/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 40 },
                          message: 'must NOT have more than 40 characters',
                        },
                      ];
                      return false;
                    } else {
                      if (!pattern0.test(data2)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/exportedAt',
                            schemaPath: '#/definitions/dateTime/pattern',
                            keyword: 'pattern',
                            params: {
                              pattern:
                                '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$',
                            },
                            message:
                              'must match pattern "' +
                              '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' +
                              '"',
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/exportedAt',
                        schemaPath: '#/definitions/dateTime/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.generator !== undefined) {
                  let data3 = data.generator;
                  const _errs7 = errors;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data3 === 'string') {
                      if (data3.length > 300) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/generator',
                            schemaPath: '#/definitions/shortText/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 300 },
                            message: 'must NOT have more than 300 characters',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/generator',
                          schemaPath: '#/definitions/shortText/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.incidents !== undefined) {
                    let data4 = data.incidents;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (Array.isArray(data4)) {
                        if (data4.length > 200000) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/incidents',
                              schemaPath: '#/properties/incidents/maxItems',
                              keyword: 'maxItems',
                              params: { limit: 200000 },
                              message: 'must NOT have more than 200000 items',
                            },
                          ];
                          return false;
                        } else {
                          var valid3 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs12 = errors;
                            if (
                              !validate11(data4[i0], {
                                instancePath: instancePath + '/incidents/' + i0,
                                parentData: data4,
                                parentDataProperty: i0,
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate11.errors
                                  : vErrors.concat(validate11.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs12 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/incidents',
                            schemaPath: '#/properties/incidents/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
