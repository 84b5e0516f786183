// Generated from schemas/*.schema.json by scripts/gen-validators.mjs. Do not edit: change the
// schema and run `npm run gen:validators`.
/* eslint-disable */
// @ts-nocheck
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
const require = createRequire(import.meta.url);
const Job = validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'job.schema.json',
  title: 'berth Job',
  description: 'A process that runs to completion; exit code 0 is success (SPEC §1.3).',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { $ref: 'common.schema.json#/definitions/apiVersion' },
    kind: { type: 'string', const: 'Job' },
    metadata: { $ref: 'common.schema.json#/definitions/ownedMetadata' },
    spec: {
      type: 'object',
      required: ['image'],
      additionalProperties: false,
      properties: {
        image: { $ref: 'common.schema.json#/definitions/image' },
        command: { $ref: 'common.schema.json#/definitions/command' },
        steps: {
          description:
            'a pipeline: steps run in dependency order, independent steps in parallel, sharing /workspace/run (instead of command)',
          type: 'array',
          minItems: 1,
          maxItems: 50,
          items: {
            title: 'PipelineStep',
            type: 'object',
            required: ['name', 'command'],
            additionalProperties: false,
            properties: {
              name: {
                description:
                  "a step name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 40 characters",
                type: 'string',
                minLength: 1,
                maxLength: 40,
                pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
              },
              command: { $ref: 'common.schema.json#/definitions/command' },
              dependsOn: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 40 } },
              parameters: { $ref: 'common.schema.json#/definitions/parameterGrid' },
              image: { $ref: 'common.schema.json#/definitions/image' },
              size: { $ref: 'common.schema.json#/definitions/size' },
              env: { $ref: 'common.schema.json#/definitions/env' },
            },
          },
        },
        hardware: { $ref: 'common.schema.json#/definitions/hardware' },
        size: { $ref: 'common.schema.json#/definitions/size', default: 'medium' },
        git: { $ref: 'common.schema.json#/definitions/gitSources', default: [] },
        workingDir: { $ref: 'common.schema.json#/definitions/workingDir' },
        env: { $ref: 'common.schema.json#/definitions/env', default: {} },
        secrets: { $ref: 'common.schema.json#/definitions/secrets', default: [] },
        startScript: { $ref: 'common.schema.json#/definitions/startScript' },
        extraPackages: { $ref: 'common.schema.json#/definitions/extraPackages' },
        imagePullSecret: { $ref: 'common.schema.json#/definitions/imagePullSecret' },
        schedule: {
          description:
            'a 5-field cron expression or one of @hourly @daily @midnight @weekly @monthly @yearly @annually',
          type: 'string',
          minLength: 1,
          maxLength: 256,
        },
        timeZone: {
          description: 'an IANA time zone such as Europe/Berlin',
          type: 'string',
          default: 'UTC',
          maxLength: 64,
        },
        concurrencyPolicy: {
          type: 'string',
          enum: ['Allow', 'Forbid', 'Replace'],
          default: 'Allow',
        },
        backoffLimit: { type: 'integer', minimum: 0, maximum: 100, default: 3 },
        activeDeadlineSeconds: { type: 'integer', minimum: 1, maximum: 31622400 },
        startingDeadlineSeconds: { type: 'integer', minimum: 10, maximum: 31622400 },
        suspend: { type: 'boolean', default: false },
        parameters: { $ref: 'common.schema.json#/definitions/parameterGrid' },
        parameterSets: {
          description:
            'exactly these parameter combinations, one run each (instead of the grid of parameters)',
          type: 'array',
          minItems: 1,
          maxItems: 1000,
          items: {
            type: 'object',
            maxProperties: 16,
            propertyNames: { $ref: 'common.schema.json#/definitions/parameterName' },
            additionalProperties: { $ref: 'common.schema.json#/definitions/parameterValue' },
          },
        },
        historyLimit: {
          type: 'object',
          default: {},
          additionalProperties: false,
          properties: {
            succeeded: { type: 'integer', minimum: 0, maximum: 100, default: 3 },
            failed: { type: 'integer', minimum: 0, maximum: 100, default: 1 },
          },
        },
      },
    },
  },
};
const schema13 = {
  description: 'the berth resource format version',
  type: 'string',
  const: 'berth/v1',
};
const schema18 = {
  description:
    'an image reference without spaces, such as registry.example.com/team/model:1.2 or name@sha256:<digest>',
  type: 'string',
  minLength: 1,
  maxLength: 512,
  pattern: '^[^\\s]+$',
};
const schema19 = {
  description: 'a string runs under sh -c; an array is exec form',
  oneOf: [
    { type: 'string', minLength: 1, maxLength: 65536 },
    { type: 'array', minItems: 1, maxItems: 256, items: { type: 'string', maxLength: 65536 } },
  ],
};
const schema25 = {
  description: 'a size name such as medium, large or g4dnxlarge',
  type: 'string',
  maxLength: 63,
  pattern: '^[a-z0-9][-a-z0-9]*$',
};
const schema26 = {
  type: 'object',
  maxProperties: 256,
  propertyNames: {
    description:
      "an environment variable name: letters, digits and '_', not starting with a digit, not starting with BERTH_ (reserved)",
    maxLength: 128,
    pattern: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$',
  },
  additionalProperties: { type: 'string', maxLength: 65536 },
};
const schema27 = { type: 'string', enum: ['cpu', 'gpu'] };
const schema32 = {
  description: 'an absolute path, or a path relative to the first git path',
  type: 'string',
  minLength: 1,
  maxLength: 1024,
};
const schema40 = { type: 'string', maxLength: 65536 };
const schema41 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pip: {
      type: 'array',
      maxItems: 256,
      items: {
        description:
          'a pip requirement without spaces, such as pandas==2.2.3, or -r <file> for a requirements file of the first git snapshot',
        type: 'string',
        minLength: 1,
        maxLength: 256,
        pattern: '^(-r [^\\s]+|[^\\s]+)$',
      },
    },
    apt: {
      type: 'array',
      maxItems: 256,
      items: {
        description: 'a Debian package name',
        type: 'string',
        maxLength: 256,
        pattern: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$',
      },
    },
  },
};
const schema36 = {
  description: "a secret name: letters, digits and '_', not starting with a digit",
  type: 'string',
  maxLength: 128,
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
};
const schema22 = {
  description: "a parameter name: letters, digits and '_', not starting with a digit",
  type: 'string',
  maxLength: 64,
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
};
const schema23 = { type: ['string', 'number', 'boolean'], maxLength: 4096 };
const schema14 = {
  type: 'object',
  required: ['name', 'owner'],
  additionalProperties: false,
  properties: {
    name: { $ref: '#/definitions/name' },
    owner: { $ref: '#/definitions/owner' },
    description: { type: 'string', maxLength: 500 },
    labels: { $ref: '#/definitions/labels' },
  },
};
const schema15 = {
  description:
    "a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 52 characters",
  type: 'string',
  minLength: 1,
  maxLength: 52,
  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
};
const schema16 = {
  description: 'an owner: user:<github-login> or group:<group-name>',
  type: 'string',
  maxLength: 60,
  pattern:
    '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
};
const schema17 = {
  description: 'free-form labels, name to string value',
  type: 'object',
  maxProperties: 64,
  propertyNames: {
    description: "a label name: letters, digits, '-', '_', '.' and '/', at most 63 characters",
    pattern: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$',
  },
  additionalProperties: { type: 'string', maxLength: 256 },
};
const func2 = require('ajv/dist/runtime/ucs2length').default;
const pattern0 = new RegExp('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'u');
const pattern1 = new RegExp(
  '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
  'u',
);
const pattern2 = new RegExp('^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$', 'u');
function validate12(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema14.required,
        parentSchema: schema14,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owner === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'owner' },
        message: "must have required property '" + 'owner' + "'",
        schema: schema14.required,
        parentSchema: schema14,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'owner' || key0 === 'description' || key0 === 'labels')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema14,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func2(data0) > 52) {
          const err3 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 52 },
            message: 'must NOT have more than 52 characters',
            schema: 52,
            parentSchema: schema15,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema15,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' + '"',
            schema: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
            parentSchema: schema15,
            data: data0,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema15.type,
          parentSchema: schema15,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.owner !== undefined) {
      let data1 = data.owner;
      if (typeof data1 === 'string') {
        if (func2(data1) > 60) {
          const err7 = {
            instancePath: instancePath + '/owner',
            schemaPath: '#/definitions/owner/maxLength',
            keyword: 'maxLength',
            params: { limit: 60 },
            message: 'must NOT have more than 60 characters',
            schema: 60,
            parentSchema: schema16,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern1.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/owner',
            schemaPath: '#/definitions/owner/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
            },
            message:
              'must match pattern "' +
              '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$' +
              '"',
            schema:
              '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
            parentSchema: schema16,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/owner',
          schemaPath: '#/definitions/owner/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema16.type,
          parentSchema: schema16,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 500) {
          const err10 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema14.properties.description,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.properties.description.type,
          parentSchema: schema14.properties.description,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data3 = data.labels;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (Object.keys(data3).length > 64) {
          const err12 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/definitions/labels/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 64 },
            message: 'must NOT have more than 64 properties',
            schema: 64,
            parentSchema: schema17,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs13 = errors;
          if (typeof key1 === 'string') {
            if (!pattern2.test(key1)) {
              const err13 = {
                instancePath: instancePath + '/labels',
                schemaPath: '#/definitions/labels/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$' },
                message: 'must match pattern "' + '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$' + '"',
                schema: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$',
                parentSchema: schema17.propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid4 = _errs13 === errors;
          if (!valid4) {
            const err14 = {
              instancePath: instancePath + '/labels',
              schemaPath: '#/definitions/labels/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema17.propertyNames,
              parentSchema: schema17,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === 'string') {
            if (func2(data4) > 256) {
              const err15 = {
                instancePath:
                  instancePath + '/labels/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/definitions/labels/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
                message: 'must NOT have more than 256 characters',
                schema: 256,
                parentSchema: schema17.additionalProperties,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath:
                instancePath + '/labels/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/labels/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema17.additionalProperties.type,
              parentSchema: schema17.additionalProperties,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/definitions/labels/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema17.type,
          parentSchema: schema17,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema14.type,
      parentSchema: schema14,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
const schema21 = {
  description: 'a parameter grid: each name to its list of values; one run per combination',
  type: 'object',
  maxProperties: 16,
  propertyNames: { $ref: '#/definitions/parameterName' },
  additionalProperties: {
    type: 'array',
    minItems: 1,
    maxItems: 1000,
    items: { $ref: '#/definitions/parameterValue' },
  },
};
const pattern5 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');
function validate14(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length > 16) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxProperties',
        keyword: 'maxProperties',
        params: { limit: 16 },
        message: 'must NOT have more than 16 properties',
        schema: 16,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (func2(key0) > 64) {
          const err1 = {
            instancePath,
            schemaPath: '#/definitions/parameterName/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema22,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = {
            instancePath,
            schemaPath: '#/definitions/parameterName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema22,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath,
          schemaPath: '#/definitions/parameterName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema22.type,
          parentSchema: schema22,
          data: key0,
          propertyName: key0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err4 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema21.propertyNames,
          parentSchema: schema21,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (Array.isArray(data0)) {
        if (data0.length > 1000) {
          const err5 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
            schema: 1000,
            parentSchema: schema21.additionalProperties,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err6 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema21.additionalProperties,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (
            typeof data1 !== 'string' &&
            !(typeof data1 == 'number' && isFinite(data1)) &&
            typeof data1 !== 'boolean'
          ) {
            const err7 = {
              instancePath:
                instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/' + i0,
              schemaPath: '#/definitions/parameterValue/type',
              keyword: 'type',
              params: { type: schema23.type },
              message: 'must be string,number,boolean',
              schema: schema23.type,
              parentSchema: schema23,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data1 === 'string') {
            if (func2(data1) > 4096) {
              const err8 = {
                instancePath:
                  instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/' + i0,
                schemaPath: '#/definitions/parameterValue/maxLength',
                keyword: 'maxLength',
                params: { limit: 4096 },
                message: 'must NOT have more than 4096 characters',
                schema: 4096,
                parentSchema: schema23,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema21.additionalProperties.type,
          parentSchema: schema21.additionalProperties,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema21.type,
      parentSchema: schema21,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
const schema29 = { type: 'array', maxItems: 16, items: { $ref: '#/definitions/git' } };
const schema30 = {
  type: 'object',
  required: ['url', 'ref'],
  additionalProperties: false,
  properties: {
    url: {
      description: 'an HTTPS URL of a git repository',
      type: 'string',
      maxLength: 2048,
      pattern: '^https?://[^\\s]+$',
    },
    ref: {
      description: 'a branch, tag or commit',
      type: 'string',
      minLength: 1,
      maxLength: 255,
      pattern: '^[^\\s~^:?*\\[\\\\]+$',
    },
    path: { $ref: '#/definitions/absolutePath' },
  },
};
const schema31 = {
  description: 'an absolute path inside the container, such as /workspace/project',
  type: 'string',
  minLength: 2,
  maxLength: 1024,
  pattern: '^/[^\\u0000]*$',
};
const pattern10 = new RegExp('^https?://[^\\s]+$', 'u');
const pattern11 = new RegExp('^[^\\s~^:?*\\[\\\\]+$', 'u');
const pattern12 = new RegExp('^/[^\\u0000]*$', 'u');
function validate17(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.url === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
        schema: schema30.required,
        parentSchema: schema30,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ref === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ref' },
        message: "must have required property '" + 'ref' + "'",
        schema: schema30.required,
        parentSchema: schema30,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'url' || key0 === 'ref' || key0 === 'path')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema30,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      let data0 = data.url;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2048) {
          const err3 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/maxLength',
            keyword: 'maxLength',
            params: { limit: 2048 },
            message: 'must NOT have more than 2048 characters',
            schema: 2048,
            parentSchema: schema30.properties.url,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://[^\\s]+$' },
            message: 'must match pattern "' + '^https?://[^\\s]+$' + '"',
            schema: '^https?://[^\\s]+$',
            parentSchema: schema30.properties.url,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema30.properties.url.type,
          parentSchema: schema30.properties.url,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ref !== undefined) {
      let data1 = data.ref;
      if (typeof data1 === 'string') {
        if (func2(data1) > 255) {
          const err6 = {
            instancePath: instancePath + '/ref',
            schemaPath: '#/properties/ref/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
            schema: 255,
            parentSchema: schema30.properties.ref,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err7 = {
            instancePath: instancePath + '/ref',
            schemaPath: '#/properties/ref/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema30.properties.ref,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern11.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/ref',
            schemaPath: '#/properties/ref/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s~^:?*\\[\\\\]+$' },
            message: 'must match pattern "' + '^[^\\s~^:?*\\[\\\\]+$' + '"',
            schema: '^[^\\s~^:?*\\[\\\\]+$',
            parentSchema: schema30.properties.ref,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/ref',
          schemaPath: '#/properties/ref/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema30.properties.ref.type,
          parentSchema: schema30.properties.ref,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      let data2 = data.path;
      if (typeof data2 === 'string') {
        if (func2(data2) > 1024) {
          const err10 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/definitions/absolutePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema31,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err11 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/definitions/absolutePath/minLength',
            keyword: 'minLength',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 characters',
            schema: 2,
            parentSchema: schema31,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern12.test(data2)) {
          const err12 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/definitions/absolutePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^/[^\\u0000]*$' },
            message: 'must match pattern "' + '^/[^\\u0000]*$' + '"',
            schema: '^/[^\\u0000]*$',
            parentSchema: schema31,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/definitions/absolutePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.type,
          parentSchema: schema31,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema30.type,
      parentSchema: schema30,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxItems',
        keyword: 'maxItems',
        params: { limit: 16 },
        message: 'must NOT have more than 16 items',
        schema: 16,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate17(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema29.type,
      parentSchema: schema29,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
const schema34 = { type: 'array', maxItems: 128, items: { $ref: '#/definitions/secretRef' } };
const schema35 = {
  oneOf: [
    { $ref: '#/definitions/secretName' },
    {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { $ref: '#/definitions/secretName' },
        env: { $ref: '#/definitions/envName' },
        file: { $ref: '#/definitions/absolutePath' },
      },
    },
  ],
};
const schema38 = {
  description: "an environment variable name: letters, digits and '_', not starting with a digit",
  type: 'string',
  maxLength: 128,
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
};
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data === 'string') {
    if (func2(data) > 128) {
      const err0 = {
        instancePath,
        schemaPath: '#/definitions/secretName/maxLength',
        keyword: 'maxLength',
        params: { limit: 128 },
        message: 'must NOT have more than 128 characters',
        schema: 128,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern5.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/definitions/secretName/pattern',
        keyword: 'pattern',
        params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
        schema: '^[A-Za-z_][A-Za-z0-9_]*$',
        parentSchema: schema36,
        data,
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
      instancePath,
      schemaPath: '#/definitions/secretName/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema35.oneOf[1].required,
        parentSchema: schema35.oneOf[1],
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'env' || key0 === 'file')) {
        const err4 = {
          instancePath,
          schemaPath: '#/oneOf/1/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema35.oneOf[1],
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func2(data0) > 128) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/secretName/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
            schema: 128,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/secretName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/definitions/secretName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (func2(data1) > 128) {
          const err8 = {
            instancePath: instancePath + '/env',
            schemaPath: '#/definitions/envName/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
            schema: 128,
            parentSchema: schema38,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err9 = {
            instancePath: instancePath + '/env',
            schemaPath: '#/definitions/envName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema38,
            data: data1,
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
          instancePath: instancePath + '/env',
          schemaPath: '#/definitions/envName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.type,
          parentSchema: schema38,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.file !== undefined) {
      let data2 = data.file;
      if (typeof data2 === 'string') {
        if (func2(data2) > 1024) {
          const err11 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/definitions/absolutePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema31,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err12 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/definitions/absolutePath/minLength',
            keyword: 'minLength',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 characters',
            schema: 2,
            parentSchema: schema31,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern12.test(data2)) {
          const err13 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/definitions/absolutePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^/[^\\u0000]*$' },
            message: 'must match pattern "' + '^/[^\\u0000]*$' + '"',
            schema: '^/[^\\u0000]*$',
            parentSchema: schema31,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/definitions/absolutePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.type,
          parentSchema: schema31,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/oneOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema35.oneOf[1].type,
      parentSchema: schema35.oneOf[1],
      data,
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  var _valid0 = _errs4 === errors;
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
    const err16 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
      schema: schema35.oneOf,
      parentSchema: schema35,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
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
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 128) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxItems',
        keyword: 'maxItems',
        params: { limit: 128 },
        message: 'must NOT have more than 128 items',
        schema: 128,
        parentSchema: schema34,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate21(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
const func7 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp('^[^\\s]+$', 'u');
const pattern7 = new RegExp('^[a-z0-9][-a-z0-9]*$', 'u');
const pattern8 = new RegExp('^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$', 'u');
const pattern18 = new RegExp('^(-r [^\\s]+|[^\\s]+)$', 'u');
const pattern19 = new RegExp('^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="job.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'spec' },
        message: "must have required property '" + 'spec' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'apiVersion' || key0 === 'kind' || key0 === 'metadata' || key0 === 'spec')) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data0 = data.apiVersion;
      if (typeof data0 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: 'common.schema.json#/definitions/apiVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ('berth/v1' !== data0) {
        const err6 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: 'common.schema.json#/definitions/apiVersion/const',
          keyword: 'const',
          params: { allowedValue: 'berth/v1' },
          message: 'must be equal to constant',
          schema: 'berth/v1',
          parentSchema: schema13,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (typeof data1 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.kind.type,
          parentSchema: schema11.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ('Job' !== data1) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'Job' },
          message: 'must be equal to constant',
          schema: 'Job',
          parentSchema: schema11.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (
        !validate12(data.metadata, {
          instancePath: instancePath + '/metadata',
          parentData: data,
          parentDataProperty: 'metadata',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      let data3 = data.spec;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.size === undefined) {
          data3.size = 'medium';
        }
        if (data3.git === undefined) {
          data3.git = [];
        }
        if (data3.env === undefined) {
          data3.env = {};
        }
        if (data3.secrets === undefined) {
          data3.secrets = [];
        }
        if (data3.timeZone === undefined) {
          data3.timeZone = 'UTC';
        }
        if (data3.concurrencyPolicy === undefined) {
          data3.concurrencyPolicy = 'Allow';
        }
        if (data3.backoffLimit === undefined) {
          data3.backoffLimit = 3;
        }
        if (data3.suspend === undefined) {
          data3.suspend = false;
        }
        if (data3.historyLimit === undefined) {
          data3.historyLimit = {};
        }
        if (data3.image === undefined) {
          const err9 = {
            instancePath: instancePath + '/spec',
            schemaPath: '#/properties/spec/required',
            keyword: 'required',
            params: { missingProperty: 'image' },
            message: "must have required property '" + 'image' + "'",
            schema: schema11.properties.spec.required,
            parentSchema: schema11.properties.spec,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func7.call(schema11.properties.spec.properties, key1)) {
            const err10 = {
              instancePath: instancePath + '/spec',
              schemaPath: '#/properties/spec/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.spec,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.image !== undefined) {
          let data4 = data3.image;
          if (typeof data4 === 'string') {
            if (func2(data4) > 512) {
              const err11 = {
                instancePath: instancePath + '/spec/image',
                schemaPath: 'common.schema.json#/definitions/image/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
                schema: 512,
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err12 = {
                instancePath: instancePath + '/spec/image',
                schemaPath: 'common.schema.json#/definitions/image/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern3.test(data4)) {
              const err13 = {
                instancePath: instancePath + '/spec/image',
                schemaPath: 'common.schema.json#/definitions/image/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s]+$' },
                message: 'must match pattern "' + '^[^\\s]+$' + '"',
                schema: '^[^\\s]+$',
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/spec/image',
              schemaPath: 'common.schema.json#/definitions/image/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema18.type,
              parentSchema: schema18,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.command !== undefined) {
          let data5 = data3.command;
          const _errs16 = errors;
          let valid5 = false;
          let passing0 = null;
          const _errs17 = errors;
          if (typeof data5 === 'string') {
            if (func2(data5) > 65536) {
              const err15 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/0/maxLength',
                keyword: 'maxLength',
                params: { limit: 65536 },
                message: 'must NOT have more than 65536 characters',
                schema: 65536,
                parentSchema: schema19.oneOf[0],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err16 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/0/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema19.oneOf[0],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/spec/command',
              schemaPath: 'common.schema.json#/definitions/command/oneOf/0/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema19.oneOf[0].type,
              parentSchema: schema19.oneOf[0],
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          if (_valid0) {
            valid5 = true;
            passing0 = 0;
          }
          const _errs19 = errors;
          if (Array.isArray(data5)) {
            if (data5.length > 256) {
              const err18 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/1/maxItems',
                keyword: 'maxItems',
                params: { limit: 256 },
                message: 'must NOT have more than 256 items',
                schema: 256,
                parentSchema: schema19.oneOf[1],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data5.length < 1) {
              const err19 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/1/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema19.oneOf[1],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === 'string') {
                if (func2(data6) > 65536) {
                  const err20 = {
                    instancePath: instancePath + '/spec/command/' + i0,
                    schemaPath: 'common.schema.json#/definitions/command/oneOf/1/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 65536 },
                    message: 'must NOT have more than 65536 characters',
                    schema: 65536,
                    parentSchema: schema19.oneOf[1].items,
                    data: data6,
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath: instancePath + '/spec/command/' + i0,
                  schemaPath: 'common.schema.json#/definitions/command/oneOf/1/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.oneOf[1].items.type,
                  parentSchema: schema19.oneOf[1].items,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/spec/command',
              schemaPath: 'common.schema.json#/definitions/command/oneOf/1/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.oneOf[1].type,
              parentSchema: schema19.oneOf[1],
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid0 = _errs19 === errors;
          if (_valid0 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid5 = true;
              passing0 = 1;
            }
          }
          if (!valid5) {
            const err23 = {
              instancePath: instancePath + '/spec/command',
              schemaPath: 'common.schema.json#/definitions/command/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
              schema: schema19.oneOf,
              parentSchema: schema19,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data3.steps !== undefined) {
          let data7 = data3.steps;
          if (Array.isArray(data7)) {
            if (data7.length > 50) {
              const err24 = {
                instancePath: instancePath + '/spec/steps',
                schemaPath: '#/properties/spec/properties/steps/maxItems',
                keyword: 'maxItems',
                params: { limit: 50 },
                message: 'must NOT have more than 50 items',
                schema: 50,
                parentSchema: schema11.properties.spec.properties.steps,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data7.length < 1) {
              const err25 = {
                instancePath: instancePath + '/spec/steps',
                schemaPath: '#/properties/spec/properties/steps/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema11.properties.spec.properties.steps,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                if (data8.name === undefined) {
                  const err26 = {
                    instancePath: instancePath + '/spec/steps/' + i1,
                    schemaPath: '#/properties/spec/properties/steps/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'name' },
                    message: "must have required property '" + 'name' + "'",
                    schema: schema11.properties.spec.properties.steps.items.required,
                    parentSchema: schema11.properties.spec.properties.steps.items,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data8.command === undefined) {
                  const err27 = {
                    instancePath: instancePath + '/spec/steps/' + i1,
                    schemaPath: '#/properties/spec/properties/steps/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'command' },
                    message: "must have required property '" + 'command' + "'",
                    schema: schema11.properties.spec.properties.steps.items.required,
                    parentSchema: schema11.properties.spec.properties.steps.items,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                for (const key2 in data8) {
                  if (!(
                    key2 === 'name' ||
                    key2 === 'command' ||
                    key2 === 'dependsOn' ||
                    key2 === 'parameters' ||
                    key2 === 'image' ||
                    key2 === 'size' ||
                    key2 === 'env'
                  )) {
                    const err28 = {
                      instancePath: instancePath + '/spec/steps/' + i1,
                      schemaPath: '#/properties/spec/properties/steps/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.spec.properties.steps.items,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data8.name !== undefined) {
                  let data9 = data8.name;
                  if (typeof data9 === 'string') {
                    if (func2(data9) > 40) {
                      const err29 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/name',
                        schemaPath:
                          '#/properties/spec/properties/steps/items/properties/name/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 40 },
                        message: 'must NOT have more than 40 characters',
                        schema: 40,
                        parentSchema:
                          schema11.properties.spec.properties.steps.items.properties.name,
                        data: data9,
                      };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (func2(data9) < 1) {
                      const err30 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/name',
                        schemaPath:
                          '#/properties/spec/properties/steps/items/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema:
                          schema11.properties.spec.properties.steps.items.properties.name,
                        data: data9,
                      };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data9)) {
                      const err31 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/name',
                        schemaPath:
                          '#/properties/spec/properties/steps/items/properties/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
                        message: 'must match pattern "' + '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' + '"',
                        schema: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
                        parentSchema:
                          schema11.properties.spec.properties.steps.items.properties.name,
                        data: data9,
                      };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/name',
                      schemaPath: '#/properties/spec/properties/steps/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.spec.properties.steps.items.properties.name.type,
                      parentSchema: schema11.properties.spec.properties.steps.items.properties.name,
                      data: data9,
                    };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data8.command !== undefined) {
                  let data10 = data8.command;
                  const _errs32 = errors;
                  let valid12 = false;
                  let passing1 = null;
                  const _errs33 = errors;
                  if (typeof data10 === 'string') {
                    if (func2(data10) > 65536) {
                      const err33 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                        schemaPath: 'common.schema.json#/definitions/command/oneOf/0/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 65536 },
                        message: 'must NOT have more than 65536 characters',
                        schema: 65536,
                        parentSchema: schema19.oneOf[0],
                        data: data10,
                      };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (func2(data10) < 1) {
                      const err34 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                        schemaPath: 'common.schema.json#/definitions/command/oneOf/0/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema19.oneOf[0],
                        data: data10,
                      };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                      schemaPath: 'common.schema.json#/definitions/command/oneOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema19.oneOf[0].type,
                      parentSchema: schema19.oneOf[0],
                      data: data10,
                    };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  var _valid1 = _errs33 === errors;
                  if (_valid1) {
                    valid12 = true;
                    passing1 = 0;
                  }
                  const _errs35 = errors;
                  if (Array.isArray(data10)) {
                    if (data10.length > 256) {
                      const err36 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                        schemaPath: 'common.schema.json#/definitions/command/oneOf/1/maxItems',
                        keyword: 'maxItems',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 items',
                        schema: 256,
                        parentSchema: schema19.oneOf[1],
                        data: data10,
                      };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (data10.length < 1) {
                      const err37 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                        schemaPath: 'common.schema.json#/definitions/command/oneOf/1/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                        schema: 1,
                        parentSchema: schema19.oneOf[1],
                        data: data10,
                      };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    const len2 = data10.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data11 = data10[i2];
                      if (typeof data11 === 'string') {
                        if (func2(data11) > 65536) {
                          const err38 = {
                            instancePath: instancePath + '/spec/steps/' + i1 + '/command/' + i2,
                            schemaPath:
                              'common.schema.json#/definitions/command/oneOf/1/items/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 65536 },
                            message: 'must NOT have more than 65536 characters',
                            schema: 65536,
                            parentSchema: schema19.oneOf[1].items,
                            data: data11,
                          };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                      } else {
                        const err39 = {
                          instancePath: instancePath + '/spec/steps/' + i1 + '/command/' + i2,
                          schemaPath: 'common.schema.json#/definitions/command/oneOf/1/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema19.oneOf[1].items.type,
                          parentSchema: schema19.oneOf[1].items,
                          data: data11,
                        };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err40 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                      schemaPath: 'common.schema.json#/definitions/command/oneOf/1/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema: schema19.oneOf[1].type,
                      parentSchema: schema19.oneOf[1],
                      data: data10,
                    };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  var _valid1 = _errs35 === errors;
                  if (_valid1 && valid12) {
                    valid12 = false;
                    passing1 = [passing1, 1];
                  } else {
                    if (_valid1) {
                      valid12 = true;
                      passing1 = 1;
                    }
                  }
                  if (!valid12) {
                    const err41 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/command',
                      schemaPath: 'common.schema.json#/definitions/command/oneOf',
                      keyword: 'oneOf',
                      params: { passingSchemas: passing1 },
                      message: 'must match exactly one schema in oneOf',
                      schema: schema19.oneOf,
                      parentSchema: schema19,
                      data: data10,
                    };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  } else {
                    errors = _errs32;
                    if (vErrors !== null) {
                      if (_errs32) {
                        vErrors.length = _errs32;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data8.dependsOn !== undefined) {
                  let data12 = data8.dependsOn;
                  if (Array.isArray(data12)) {
                    if (data12.length > 50) {
                      const err42 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/dependsOn',
                        schemaPath:
                          '#/properties/spec/properties/steps/items/properties/dependsOn/maxItems',
                        keyword: 'maxItems',
                        params: { limit: 50 },
                        message: 'must NOT have more than 50 items',
                        schema: 50,
                        parentSchema:
                          schema11.properties.spec.properties.steps.items.properties.dependsOn,
                        data: data12,
                      };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                    const len3 = data12.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data13 = data12[i3];
                      if (typeof data13 === 'string') {
                        if (func2(data13) > 40) {
                          const err43 = {
                            instancePath: instancePath + '/spec/steps/' + i1 + '/dependsOn/' + i3,
                            schemaPath:
                              '#/properties/spec/properties/steps/items/properties/dependsOn/items/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 40 },
                            message: 'must NOT have more than 40 characters',
                            schema: 40,
                            parentSchema:
                              schema11.properties.spec.properties.steps.items.properties.dependsOn
                                .items,
                            data: data13,
                          };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                        }
                      } else {
                        const err44 = {
                          instancePath: instancePath + '/spec/steps/' + i1 + '/dependsOn/' + i3,
                          schemaPath:
                            '#/properties/spec/properties/steps/items/properties/dependsOn/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema11.properties.spec.properties.steps.items.properties.dependsOn
                              .items.type,
                          parentSchema:
                            schema11.properties.spec.properties.steps.items.properties.dependsOn
                              .items,
                          data: data13,
                        };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err45 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/dependsOn',
                      schemaPath:
                        '#/properties/spec/properties/steps/items/properties/dependsOn/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema:
                        schema11.properties.spec.properties.steps.items.properties.dependsOn.type,
                      parentSchema:
                        schema11.properties.spec.properties.steps.items.properties.dependsOn,
                      data: data12,
                    };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data8.parameters !== undefined) {
                  if (
                    !validate14(data8.parameters, {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/parameters',
                      parentData: data8,
                      parentDataProperty: 'parameters',
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                    errors = vErrors.length;
                  }
                }
                if (data8.image !== undefined) {
                  let data15 = data8.image;
                  if (typeof data15 === 'string') {
                    if (func2(data15) > 512) {
                      const err46 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/image',
                        schemaPath: 'common.schema.json#/definitions/image/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 512 },
                        message: 'must NOT have more than 512 characters',
                        schema: 512,
                        parentSchema: schema18,
                        data: data15,
                      };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    if (func2(data15) < 1) {
                      const err47 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/image',
                        schemaPath: 'common.schema.json#/definitions/image/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema18,
                        data: data15,
                      };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data15)) {
                      const err48 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/image',
                        schemaPath: 'common.schema.json#/definitions/image/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[^\\s]+$' },
                        message: 'must match pattern "' + '^[^\\s]+$' + '"',
                        schema: '^[^\\s]+$',
                        parentSchema: schema18,
                        data: data15,
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/image',
                      schemaPath: 'common.schema.json#/definitions/image/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema18.type,
                      parentSchema: schema18,
                      data: data15,
                    };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data8.size !== undefined) {
                  let data16 = data8.size;
                  if (typeof data16 === 'string') {
                    if (func2(data16) > 63) {
                      const err50 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/size',
                        schemaPath: 'common.schema.json#/definitions/size/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 63 },
                        message: 'must NOT have more than 63 characters',
                        schema: 63,
                        parentSchema: schema25,
                        data: data16,
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data16)) {
                      const err51 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/size',
                        schemaPath: 'common.schema.json#/definitions/size/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9][-a-z0-9]*$' },
                        message: 'must match pattern "' + '^[a-z0-9][-a-z0-9]*$' + '"',
                        schema: '^[a-z0-9][-a-z0-9]*$',
                        parentSchema: schema25,
                        data: data16,
                      };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/size',
                      schemaPath: 'common.schema.json#/definitions/size/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema25.type,
                      parentSchema: schema25,
                      data: data16,
                    };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data8.env !== undefined) {
                  let data17 = data8.env;
                  if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                    if (Object.keys(data17).length > 256) {
                      const err53 = {
                        instancePath: instancePath + '/spec/steps/' + i1 + '/env',
                        schemaPath: 'common.schema.json#/definitions/env/maxProperties',
                        keyword: 'maxProperties',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 properties',
                        schema: 256,
                        parentSchema: schema26,
                        data: data17,
                      };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    for (const key3 in data17) {
                      const _errs53 = errors;
                      if (typeof key3 === 'string') {
                        if (func2(key3) > 128) {
                          const err54 = {
                            instancePath: instancePath + '/spec/steps/' + i1 + '/env',
                            schemaPath:
                              'common.schema.json#/definitions/env/propertyNames/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 128 },
                            message: 'must NOT have more than 128 characters',
                            schema: 128,
                            parentSchema: schema26.propertyNames,
                            data: key3,
                            propertyName: key3,
                          };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                        if (!pattern8.test(key3)) {
                          const err55 = {
                            instancePath: instancePath + '/spec/steps/' + i1 + '/env',
                            schemaPath: 'common.schema.json#/definitions/env/propertyNames/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$' },
                            message:
                              'must match pattern "' + '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$' + '"',
                            schema: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$',
                            parentSchema: schema26.propertyNames,
                            data: key3,
                            propertyName: key3,
                          };
                          if (vErrors === null) {
                            vErrors = [err55];
                          } else {
                            vErrors.push(err55);
                          }
                          errors++;
                        }
                      }
                      var valid20 = _errs53 === errors;
                      if (!valid20) {
                        const err56 = {
                          instancePath: instancePath + '/spec/steps/' + i1 + '/env',
                          schemaPath: 'common.schema.json#/definitions/env/propertyNames',
                          keyword: 'propertyNames',
                          params: { propertyName: key3 },
                          message: 'property name must be valid',
                          schema: schema26.propertyNames,
                          parentSchema: schema26,
                          data: data17,
                        };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    for (const key4 in data17) {
                      let data18 = data17[key4];
                      if (typeof data18 === 'string') {
                        if (func2(data18) > 65536) {
                          const err57 = {
                            instancePath:
                              instancePath +
                              '/spec/steps/' +
                              i1 +
                              '/env/' +
                              key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath:
                              'common.schema.json#/definitions/env/additionalProperties/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 65536 },
                            message: 'must NOT have more than 65536 characters',
                            schema: 65536,
                            parentSchema: schema26.additionalProperties,
                            data: data18,
                          };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                      } else {
                        const err58 = {
                          instancePath:
                            instancePath +
                            '/spec/steps/' +
                            i1 +
                            '/env/' +
                            key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            'common.schema.json#/definitions/env/additionalProperties/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema26.additionalProperties.type,
                          parentSchema: schema26.additionalProperties,
                          data: data18,
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = {
                      instancePath: instancePath + '/spec/steps/' + i1 + '/env',
                      schemaPath: 'common.schema.json#/definitions/env/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema26.type,
                      parentSchema: schema26,
                      data: data17,
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = {
                  instancePath: instancePath + '/spec/steps/' + i1,
                  schemaPath: '#/properties/spec/properties/steps/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.spec.properties.steps.items.type,
                  parentSchema: schema11.properties.spec.properties.steps.items,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = {
              instancePath: instancePath + '/spec/steps',
              schemaPath: '#/properties/spec/properties/steps/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.spec.properties.steps.type,
              parentSchema: schema11.properties.spec.properties.steps,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data3.hardware !== undefined) {
          let data19 = data3.hardware;
          if (typeof data19 !== 'string') {
            const err62 = {
              instancePath: instancePath + '/spec/hardware',
              schemaPath: 'common.schema.json#/definitions/hardware/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema27.type,
              parentSchema: schema27,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (!(data19 === 'cpu' || data19 === 'gpu')) {
            const err63 = {
              instancePath: instancePath + '/spec/hardware',
              schemaPath: 'common.schema.json#/definitions/hardware/enum',
              keyword: 'enum',
              params: { allowedValues: schema27.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema27.enum,
              parentSchema: schema27,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        let data20 = data3.size;
        if (typeof data20 === 'string') {
          if (func2(data20) > 63) {
            const err64 = {
              instancePath: instancePath + '/spec/size',
              schemaPath: 'common.schema.json#/definitions/size/maxLength',
              keyword: 'maxLength',
              params: { limit: 63 },
              message: 'must NOT have more than 63 characters',
              schema: 63,
              parentSchema: schema25,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (!pattern7.test(data20)) {
            const err65 = {
              instancePath: instancePath + '/spec/size',
              schemaPath: 'common.schema.json#/definitions/size/pattern',
              keyword: 'pattern',
              params: { pattern: '^[a-z0-9][-a-z0-9]*$' },
              message: 'must match pattern "' + '^[a-z0-9][-a-z0-9]*$' + '"',
              schema: '^[a-z0-9][-a-z0-9]*$',
              parentSchema: schema25,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        } else {
          const err66 = {
            instancePath: instancePath + '/spec/size',
            schemaPath: 'common.schema.json#/definitions/size/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema25.type,
            parentSchema: schema25,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (
          !validate16(data3.git, {
            instancePath: instancePath + '/spec/git',
            parentData: data3,
            parentDataProperty: 'git',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
        if (data3.workingDir !== undefined) {
          let data22 = data3.workingDir;
          if (typeof data22 === 'string') {
            if (func2(data22) > 1024) {
              const err67 = {
                instancePath: instancePath + '/spec/workingDir',
                schemaPath: 'common.schema.json#/definitions/workingDir/maxLength',
                keyword: 'maxLength',
                params: { limit: 1024 },
                message: 'must NOT have more than 1024 characters',
                schema: 1024,
                parentSchema: schema32,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (func2(data22) < 1) {
              const err68 = {
                instancePath: instancePath + '/spec/workingDir',
                schemaPath: 'common.schema.json#/definitions/workingDir/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = {
              instancePath: instancePath + '/spec/workingDir',
              schemaPath: 'common.schema.json#/definitions/workingDir/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        let data23 = data3.env;
        if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
          if (Object.keys(data23).length > 256) {
            const err70 = {
              instancePath: instancePath + '/spec/env',
              schemaPath: 'common.schema.json#/definitions/env/maxProperties',
              keyword: 'maxProperties',
              params: { limit: 256 },
              message: 'must NOT have more than 256 properties',
              schema: 256,
              parentSchema: schema26,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          for (const key5 in data23) {
            const _errs70 = errors;
            if (typeof key5 === 'string') {
              if (func2(key5) > 128) {
                const err71 = {
                  instancePath: instancePath + '/spec/env',
                  schemaPath: 'common.schema.json#/definitions/env/propertyNames/maxLength',
                  keyword: 'maxLength',
                  params: { limit: 128 },
                  message: 'must NOT have more than 128 characters',
                  schema: 128,
                  parentSchema: schema26.propertyNames,
                  data: key5,
                  propertyName: key5,
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (!pattern8.test(key5)) {
                const err72 = {
                  instancePath: instancePath + '/spec/env',
                  schemaPath: 'common.schema.json#/definitions/env/propertyNames/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$' },
                  message: 'must match pattern "' + '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$' + '"',
                  schema: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$',
                  parentSchema: schema26.propertyNames,
                  data: key5,
                  propertyName: key5,
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            var valid26 = _errs70 === errors;
            if (!valid26) {
              const err73 = {
                instancePath: instancePath + '/spec/env',
                schemaPath: 'common.schema.json#/definitions/env/propertyNames',
                keyword: 'propertyNames',
                params: { propertyName: key5 },
                message: 'property name must be valid',
                schema: schema26.propertyNames,
                parentSchema: schema26,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          for (const key6 in data23) {
            let data24 = data23[key6];
            if (typeof data24 === 'string') {
              if (func2(data24) > 65536) {
                const err74 = {
                  instancePath:
                    instancePath + '/spec/env/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: 'common.schema.json#/definitions/env/additionalProperties/maxLength',
                  keyword: 'maxLength',
                  params: { limit: 65536 },
                  message: 'must NOT have more than 65536 characters',
                  schema: 65536,
                  parentSchema: schema26.additionalProperties,
                  data: data24,
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = {
                instancePath:
                  instancePath + '/spec/env/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: 'common.schema.json#/definitions/env/additionalProperties/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema26.additionalProperties.type,
                parentSchema: schema26.additionalProperties,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        } else {
          const err76 = {
            instancePath: instancePath + '/spec/env',
            schemaPath: 'common.schema.json#/definitions/env/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema26.type,
            parentSchema: schema26,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (
          !validate20(data3.secrets, {
            instancePath: instancePath + '/spec/secrets',
            parentData: data3,
            parentDataProperty: 'secrets',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
        if (data3.startScript !== undefined) {
          let data26 = data3.startScript;
          if (typeof data26 === 'string') {
            if (func2(data26) > 65536) {
              const err77 = {
                instancePath: instancePath + '/spec/startScript',
                schemaPath: 'common.schema.json#/definitions/startScript/maxLength',
                keyword: 'maxLength',
                params: { limit: 65536 },
                message: 'must NOT have more than 65536 characters',
                schema: 65536,
                parentSchema: schema40,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = {
              instancePath: instancePath + '/spec/startScript',
              schemaPath: 'common.schema.json#/definitions/startScript/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema40.type,
              parentSchema: schema40,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data3.extraPackages !== undefined) {
          let data27 = data3.extraPackages;
          if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
            for (const key7 in data27) {
              if (!(key7 === 'pip' || key7 === 'apt')) {
                const err79 = {
                  instancePath: instancePath + '/spec/extraPackages',
                  schemaPath: 'common.schema.json#/definitions/extraPackages/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema41,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data27.pip !== undefined) {
              let data28 = data27.pip;
              if (Array.isArray(data28)) {
                if (data28.length > 256) {
                  const err80 = {
                    instancePath: instancePath + '/spec/extraPackages/pip',
                    schemaPath:
                      'common.schema.json#/definitions/extraPackages/properties/pip/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 items',
                    schema: 256,
                    parentSchema: schema41.properties.pip,
                    data: data28,
                  };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                const len4 = data28.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data29 = data28[i4];
                  if (typeof data29 === 'string') {
                    if (func2(data29) > 256) {
                      const err81 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i4,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 characters',
                        schema: 256,
                        parentSchema: schema41.properties.pip.items,
                        data: data29,
                      };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                    if (func2(data29) < 1) {
                      const err82 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i4,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema41.properties.pip.items,
                        data: data29,
                      };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (!pattern18.test(data29)) {
                      const err83 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i4,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^(-r [^\\s]+|[^\\s]+)$' },
                        message: 'must match pattern "' + '^(-r [^\\s]+|[^\\s]+)$' + '"',
                        schema: '^(-r [^\\s]+|[^\\s]+)$',
                        parentSchema: schema41.properties.pip.items,
                        data: data29,
                      };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = {
                      instancePath: instancePath + '/spec/extraPackages/pip/' + i4,
                      schemaPath:
                        'common.schema.json#/definitions/extraPackages/properties/pip/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.pip.items.type,
                      parentSchema: schema41.properties.pip.items,
                      data: data29,
                    };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = {
                  instancePath: instancePath + '/spec/extraPackages/pip',
                  schemaPath: 'common.schema.json#/definitions/extraPackages/properties/pip/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema41.properties.pip.type,
                  parentSchema: schema41.properties.pip,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data27.apt !== undefined) {
              let data30 = data27.apt;
              if (Array.isArray(data30)) {
                if (data30.length > 256) {
                  const err86 = {
                    instancePath: instancePath + '/spec/extraPackages/apt',
                    schemaPath:
                      'common.schema.json#/definitions/extraPackages/properties/apt/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 items',
                    schema: 256,
                    parentSchema: schema41.properties.apt,
                    data: data30,
                  };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                const len5 = data30.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data31 = data30[i5];
                  if (typeof data31 === 'string') {
                    if (func2(data31) > 256) {
                      const err87 = {
                        instancePath: instancePath + '/spec/extraPackages/apt/' + i5,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/apt/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 characters',
                        schema: 256,
                        parentSchema: schema41.properties.apt.items,
                        data: data31,
                      };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (!pattern19.test(data31)) {
                      const err88 = {
                        instancePath: instancePath + '/spec/extraPackages/apt/' + i5,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/apt/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' },
                        message: 'must match pattern "' + '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' + '"',
                        schema: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$',
                        parentSchema: schema41.properties.apt.items,
                        data: data31,
                      };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  } else {
                    const err89 = {
                      instancePath: instancePath + '/spec/extraPackages/apt/' + i5,
                      schemaPath:
                        'common.schema.json#/definitions/extraPackages/properties/apt/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.apt.items.type,
                      parentSchema: schema41.properties.apt.items,
                      data: data31,
                    };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = {
                  instancePath: instancePath + '/spec/extraPackages/apt',
                  schemaPath: 'common.schema.json#/definitions/extraPackages/properties/apt/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema41.properties.apt.type,
                  parentSchema: schema41.properties.apt,
                  data: data30,
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = {
              instancePath: instancePath + '/spec/extraPackages',
              schemaPath: 'common.schema.json#/definitions/extraPackages/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema41.type,
              parentSchema: schema41,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data3.imagePullSecret !== undefined) {
          let data32 = data3.imagePullSecret;
          if (typeof data32 === 'string') {
            if (func2(data32) > 128) {
              const err92 = {
                instancePath: instancePath + '/spec/imagePullSecret',
                schemaPath: 'common.schema.json#/definitions/imagePullSecret/maxLength',
                keyword: 'maxLength',
                params: { limit: 128 },
                message: 'must NOT have more than 128 characters',
                schema: 128,
                parentSchema: schema36,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (!pattern5.test(data32)) {
              const err93 = {
                instancePath: instancePath + '/spec/imagePullSecret',
                schemaPath: 'common.schema.json#/definitions/imagePullSecret/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema36,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = {
              instancePath: instancePath + '/spec/imagePullSecret',
              schemaPath: 'common.schema.json#/definitions/imagePullSecret/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data3.schedule !== undefined) {
          let data33 = data3.schedule;
          if (typeof data33 === 'string') {
            if (func2(data33) > 256) {
              const err95 = {
                instancePath: instancePath + '/spec/schedule',
                schemaPath: '#/properties/spec/properties/schedule/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
                message: 'must NOT have more than 256 characters',
                schema: 256,
                parentSchema: schema11.properties.spec.properties.schedule,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (func2(data33) < 1) {
              const err96 = {
                instancePath: instancePath + '/spec/schedule',
                schemaPath: '#/properties/spec/properties/schedule/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.spec.properties.schedule,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          } else {
            const err97 = {
              instancePath: instancePath + '/spec/schedule',
              schemaPath: '#/properties/spec/properties/schedule/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.spec.properties.schedule.type,
              parentSchema: schema11.properties.spec.properties.schedule,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        let data34 = data3.timeZone;
        if (typeof data34 === 'string') {
          if (func2(data34) > 64) {
            const err98 = {
              instancePath: instancePath + '/spec/timeZone',
              schemaPath: '#/properties/spec/properties/timeZone/maxLength',
              keyword: 'maxLength',
              params: { limit: 64 },
              message: 'must NOT have more than 64 characters',
              schema: 64,
              parentSchema: schema11.properties.spec.properties.timeZone,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        } else {
          const err99 = {
            instancePath: instancePath + '/spec/timeZone',
            schemaPath: '#/properties/spec/properties/timeZone/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema11.properties.spec.properties.timeZone.type,
            parentSchema: schema11.properties.spec.properties.timeZone,
            data: data34,
          };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        let data35 = data3.concurrencyPolicy;
        if (typeof data35 !== 'string') {
          const err100 = {
            instancePath: instancePath + '/spec/concurrencyPolicy',
            schemaPath: '#/properties/spec/properties/concurrencyPolicy/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema11.properties.spec.properties.concurrencyPolicy.type,
            parentSchema: schema11.properties.spec.properties.concurrencyPolicy,
            data: data35,
          };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        if (!(data35 === 'Allow' || data35 === 'Forbid' || data35 === 'Replace')) {
          const err101 = {
            instancePath: instancePath + '/spec/concurrencyPolicy',
            schemaPath: '#/properties/spec/properties/concurrencyPolicy/enum',
            keyword: 'enum',
            params: { allowedValues: schema11.properties.spec.properties.concurrencyPolicy.enum },
            message: 'must be equal to one of the allowed values',
            schema: schema11.properties.spec.properties.concurrencyPolicy.enum,
            parentSchema: schema11.properties.spec.properties.concurrencyPolicy,
            data: data35,
          };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        let data36 = data3.backoffLimit;
        if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
          const err102 = {
            instancePath: instancePath + '/spec/backoffLimit',
            schemaPath: '#/properties/spec/properties/backoffLimit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
            schema: schema11.properties.spec.properties.backoffLimit.type,
            parentSchema: schema11.properties.spec.properties.backoffLimit,
            data: data36,
          };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (typeof data36 == 'number' && isFinite(data36)) {
          if (data36 > 100 || isNaN(data36)) {
            const err103 = {
              instancePath: instancePath + '/spec/backoffLimit',
              schemaPath: '#/properties/spec/properties/backoffLimit/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 100 },
              message: 'must be <= 100',
              schema: 100,
              parentSchema: schema11.properties.spec.properties.backoffLimit,
              data: data36,
            };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          if (data36 < 0 || isNaN(data36)) {
            const err104 = {
              instancePath: instancePath + '/spec/backoffLimit',
              schemaPath: '#/properties/spec/properties/backoffLimit/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 0 },
              message: 'must be >= 0',
              schema: 0,
              parentSchema: schema11.properties.spec.properties.backoffLimit,
              data: data36,
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data3.activeDeadlineSeconds !== undefined) {
          let data37 = data3.activeDeadlineSeconds;
          if (!(typeof data37 == 'number' && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
            const err105 = {
              instancePath: instancePath + '/spec/activeDeadlineSeconds',
              schemaPath: '#/properties/spec/properties/activeDeadlineSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.activeDeadlineSeconds.type,
              parentSchema: schema11.properties.spec.properties.activeDeadlineSeconds,
              data: data37,
            };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
          if (typeof data37 == 'number' && isFinite(data37)) {
            if (data37 > 31622400 || isNaN(data37)) {
              const err106 = {
                instancePath: instancePath + '/spec/activeDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/activeDeadlineSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 31622400 },
                message: 'must be <= 31622400',
                schema: 31622400,
                parentSchema: schema11.properties.spec.properties.activeDeadlineSeconds,
                data: data37,
              };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
            if (data37 < 1 || isNaN(data37)) {
              const err107 = {
                instancePath: instancePath + '/spec/activeDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/activeDeadlineSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.spec.properties.activeDeadlineSeconds,
                data: data37,
              };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
        }
        if (data3.startingDeadlineSeconds !== undefined) {
          let data38 = data3.startingDeadlineSeconds;
          if (!(typeof data38 == 'number' && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
            const err108 = {
              instancePath: instancePath + '/spec/startingDeadlineSeconds',
              schemaPath: '#/properties/spec/properties/startingDeadlineSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.startingDeadlineSeconds.type,
              parentSchema: schema11.properties.spec.properties.startingDeadlineSeconds,
              data: data38,
            };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
          if (typeof data38 == 'number' && isFinite(data38)) {
            if (data38 > 31622400 || isNaN(data38)) {
              const err109 = {
                instancePath: instancePath + '/spec/startingDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/startingDeadlineSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 31622400 },
                message: 'must be <= 31622400',
                schema: 31622400,
                parentSchema: schema11.properties.spec.properties.startingDeadlineSeconds,
                data: data38,
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data38 < 10 || isNaN(data38)) {
              const err110 = {
                instancePath: instancePath + '/spec/startingDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/startingDeadlineSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema11.properties.spec.properties.startingDeadlineSeconds,
                data: data38,
              };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
        }
        let data39 = data3.suspend;
        if (typeof data39 !== 'boolean') {
          const err111 = {
            instancePath: instancePath + '/spec/suspend',
            schemaPath: '#/properties/spec/properties/suspend/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
            schema: schema11.properties.spec.properties.suspend.type,
            parentSchema: schema11.properties.spec.properties.suspend,
            data: data39,
          };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
        if (data3.parameters !== undefined) {
          if (
            !validate14(data3.parameters, {
              instancePath: instancePath + '/spec/parameters',
              parentData: data3,
              parentDataProperty: 'parameters',
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data3.parameterSets !== undefined) {
          let data41 = data3.parameterSets;
          if (Array.isArray(data41)) {
            if (data41.length > 1000) {
              const err112 = {
                instancePath: instancePath + '/spec/parameterSets',
                schemaPath: '#/properties/spec/properties/parameterSets/maxItems',
                keyword: 'maxItems',
                params: { limit: 1000 },
                message: 'must NOT have more than 1000 items',
                schema: 1000,
                parentSchema: schema11.properties.spec.properties.parameterSets,
                data: data41,
              };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
            if (data41.length < 1) {
              const err113 = {
                instancePath: instancePath + '/spec/parameterSets',
                schemaPath: '#/properties/spec/properties/parameterSets/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema11.properties.spec.properties.parameterSets,
                data: data41,
              };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            const len6 = data41.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data42 = data41[i6];
              if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
                if (Object.keys(data42).length > 16) {
                  const err114 = {
                    instancePath: instancePath + '/spec/parameterSets/' + i6,
                    schemaPath: '#/properties/spec/properties/parameterSets/items/maxProperties',
                    keyword: 'maxProperties',
                    params: { limit: 16 },
                    message: 'must NOT have more than 16 properties',
                    schema: 16,
                    parentSchema: schema11.properties.spec.properties.parameterSets.items,
                    data: data42,
                  };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                for (const key8 in data42) {
                  const _errs112 = errors;
                  if (typeof key8 === 'string') {
                    if (func2(key8) > 64) {
                      const err115 = {
                        instancePath: instancePath + '/spec/parameterSets/' + i6,
                        schemaPath: 'common.schema.json#/definitions/parameterName/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 64 },
                        message: 'must NOT have more than 64 characters',
                        schema: 64,
                        parentSchema: schema22,
                        data: key8,
                        propertyName: key8,
                      };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    if (!pattern5.test(key8)) {
                      const err116 = {
                        instancePath: instancePath + '/spec/parameterSets/' + i6,
                        schemaPath: 'common.schema.json#/definitions/parameterName/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                        schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                        parentSchema: schema22,
                        data: key8,
                        propertyName: key8,
                      };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = {
                      instancePath: instancePath + '/spec/parameterSets/' + i6,
                      schemaPath: 'common.schema.json#/definitions/parameterName/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema22.type,
                      parentSchema: schema22,
                      data: key8,
                      propertyName: key8,
                    };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  var valid38 = _errs112 === errors;
                  if (!valid38) {
                    const err118 = {
                      instancePath: instancePath + '/spec/parameterSets/' + i6,
                      schemaPath: '#/properties/spec/properties/parameterSets/items/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key8 },
                      message: 'property name must be valid',
                      schema: schema11.properties.spec.properties.parameterSets.items.propertyNames,
                      parentSchema: schema11.properties.spec.properties.parameterSets.items,
                      data: data42,
                    };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                for (const key9 in data42) {
                  let data43 = data42[key9];
                  if (
                    typeof data43 !== 'string' &&
                    !(typeof data43 == 'number' && isFinite(data43)) &&
                    typeof data43 !== 'boolean'
                  ) {
                    const err119 = {
                      instancePath:
                        instancePath +
                        '/spec/parameterSets/' +
                        i6 +
                        '/' +
                        key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: 'common.schema.json#/definitions/parameterValue/type',
                      keyword: 'type',
                      params: { type: schema23.type },
                      message: 'must be string,number,boolean',
                      schema: schema23.type,
                      parentSchema: schema23,
                      data: data43,
                    };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                  if (typeof data43 === 'string') {
                    if (func2(data43) > 4096) {
                      const err120 = {
                        instancePath:
                          instancePath +
                          '/spec/parameterSets/' +
                          i6 +
                          '/' +
                          key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: 'common.schema.json#/definitions/parameterValue/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 4096 },
                        message: 'must NOT have more than 4096 characters',
                        schema: 4096,
                        parentSchema: schema23,
                        data: data43,
                      };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err121 = {
                  instancePath: instancePath + '/spec/parameterSets/' + i6,
                  schemaPath: '#/properties/spec/properties/parameterSets/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.spec.properties.parameterSets.items.type,
                  parentSchema: schema11.properties.spec.properties.parameterSets.items,
                  data: data42,
                };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = {
              instancePath: instancePath + '/spec/parameterSets',
              schemaPath: '#/properties/spec/properties/parameterSets/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.spec.properties.parameterSets.type,
              parentSchema: schema11.properties.spec.properties.parameterSets,
              data: data41,
            };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        let data44 = data3.historyLimit;
        if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
          if (data44.succeeded === undefined) {
            data44.succeeded = 3;
          }
          if (data44.failed === undefined) {
            data44.failed = 1;
          }
          for (const key10 in data44) {
            if (!(key10 === 'succeeded' || key10 === 'failed')) {
              const err123 = {
                instancePath: instancePath + '/spec/historyLimit',
                schemaPath: '#/properties/spec/properties/historyLimit/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key10 },
                message: 'must NOT have additional properties',
                schema: false,
                parentSchema: schema11.properties.spec.properties.historyLimit,
                data: data44,
              };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          }
          let data45 = data44.succeeded;
          if (!(typeof data45 == 'number' && !(data45 % 1) && !isNaN(data45) && isFinite(data45))) {
            const err124 = {
              instancePath: instancePath + '/spec/historyLimit/succeeded',
              schemaPath: '#/properties/spec/properties/historyLimit/properties/succeeded/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.historyLimit.properties.succeeded.type,
              parentSchema: schema11.properties.spec.properties.historyLimit.properties.succeeded,
              data: data45,
            };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          if (typeof data45 == 'number' && isFinite(data45)) {
            if (data45 > 100 || isNaN(data45)) {
              const err125 = {
                instancePath: instancePath + '/spec/historyLimit/succeeded',
                schemaPath:
                  '#/properties/spec/properties/historyLimit/properties/succeeded/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
                schema: 100,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.succeeded,
                data: data45,
              };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data45 < 0 || isNaN(data45)) {
              const err126 = {
                instancePath: instancePath + '/spec/historyLimit/succeeded',
                schemaPath:
                  '#/properties/spec/properties/historyLimit/properties/succeeded/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.succeeded,
                data: data45,
              };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          }
          let data46 = data44.failed;
          if (!(typeof data46 == 'number' && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
            const err127 = {
              instancePath: instancePath + '/spec/historyLimit/failed',
              schemaPath: '#/properties/spec/properties/historyLimit/properties/failed/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.historyLimit.properties.failed.type,
              parentSchema: schema11.properties.spec.properties.historyLimit.properties.failed,
              data: data46,
            };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          if (typeof data46 == 'number' && isFinite(data46)) {
            if (data46 > 100 || isNaN(data46)) {
              const err128 = {
                instancePath: instancePath + '/spec/historyLimit/failed',
                schemaPath: '#/properties/spec/properties/historyLimit/properties/failed/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
                schema: 100,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.failed,
                data: data46,
              };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data46 < 0 || isNaN(data46)) {
              const err129 = {
                instancePath: instancePath + '/spec/historyLimit/failed',
                schemaPath: '#/properties/spec/properties/historyLimit/properties/failed/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.failed,
                data: data46,
              };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          }
        } else {
          const err130 = {
            instancePath: instancePath + '/spec/historyLimit',
            schemaPath: '#/properties/spec/properties/historyLimit/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.properties.spec.properties.historyLimit.type,
            parentSchema: schema11.properties.spec.properties.historyLimit,
            data: data44,
          };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
      } else {
        const err131 = {
          instancePath: instancePath + '/spec',
          schemaPath: '#/properties/spec/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.spec.type,
          parentSchema: schema11.properties.spec,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
  } else {
    const err132 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data,
    };
    if (vErrors === null) {
      vErrors = [err132];
    } else {
      vErrors.push(err132);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
const Deployment = validate25;
const schema45 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'deployment.schema.json',
  title: 'berth Deployment',
  description: 'A long-running process that serves HTTP on `port` (SPEC §1.2).',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { $ref: 'common.schema.json#/definitions/apiVersion' },
    kind: { type: 'string', const: 'Deployment' },
    metadata: { $ref: 'common.schema.json#/definitions/ownedMetadata' },
    spec: {
      type: 'object',
      required: ['image'],
      additionalProperties: false,
      properties: {
        image: { $ref: 'common.schema.json#/definitions/image' },
        command: { $ref: 'common.schema.json#/definitions/command' },
        hardware: { $ref: 'common.schema.json#/definitions/hardware' },
        size: { $ref: 'common.schema.json#/definitions/size', default: 'medium' },
        git: { $ref: 'common.schema.json#/definitions/gitSources', default: [] },
        workingDir: { $ref: 'common.schema.json#/definitions/workingDir' },
        env: { $ref: 'common.schema.json#/definitions/env', default: {} },
        secrets: { $ref: 'common.schema.json#/definitions/secrets', default: [] },
        startScript: { $ref: 'common.schema.json#/definitions/startScript' },
        extraPackages: { $ref: 'common.schema.json#/definitions/extraPackages' },
        imagePullSecret: { $ref: 'common.schema.json#/definitions/imagePullSecret' },
        replicas: { type: 'integer', minimum: 0, maximum: 100, default: 1 },
        port: { type: 'integer', minimum: 1024, maximum: 65535, default: 8000 },
        healthCheck: {
          type: 'object',
          required: ['path'],
          additionalProperties: false,
          properties: {
            path: {
              description: 'an HTTP path starting with /, such as /health',
              type: 'string',
              maxLength: 1024,
              pattern: '^/[^\\s]*$',
            },
            initialDelaySeconds: { type: 'integer', minimum: 0, maximum: 3600, default: 0 },
            periodSeconds: { type: 'integer', minimum: 1, maximum: 300, default: 2 },
            timeoutSeconds: { type: 'integer', minimum: 1, maximum: 60, default: 1 },
            failureThreshold: { type: 'integer', minimum: 1, maximum: 100, default: 30 },
          },
        },
        access: {
          type: 'array',
          default: [],
          maxItems: 256,
          items: { $ref: 'common.schema.json#/definitions/owner' },
        },
        public: { type: 'boolean', default: false },
      },
    },
  },
};
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema14.required,
        parentSchema: schema14,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owner === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'owner' },
        message: "must have required property '" + 'owner' + "'",
        schema: schema14.required,
        parentSchema: schema14,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'owner' || key0 === 'description' || key0 === 'labels')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema14,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func2(data0) > 52) {
          const err3 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 52 },
            message: 'must NOT have more than 52 characters',
            schema: 52,
            parentSchema: schema15,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema15,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' + '"',
            schema: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
            parentSchema: schema15,
            data: data0,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/definitions/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema15.type,
          parentSchema: schema15,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.owner !== undefined) {
      let data1 = data.owner;
      if (typeof data1 === 'string') {
        if (func2(data1) > 60) {
          const err7 = {
            instancePath: instancePath + '/owner',
            schemaPath: '#/definitions/owner/maxLength',
            keyword: 'maxLength',
            params: { limit: 60 },
            message: 'must NOT have more than 60 characters',
            schema: 60,
            parentSchema: schema16,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern1.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/owner',
            schemaPath: '#/definitions/owner/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
            },
            message:
              'must match pattern "' +
              '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$' +
              '"',
            schema:
              '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
            parentSchema: schema16,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/owner',
          schemaPath: '#/definitions/owner/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema16.type,
          parentSchema: schema16,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 500) {
          const err10 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema14.properties.description,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.properties.description.type,
          parentSchema: schema14.properties.description,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data3 = data.labels;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (Object.keys(data3).length > 64) {
          const err12 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/definitions/labels/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 64 },
            message: 'must NOT have more than 64 properties',
            schema: 64,
            parentSchema: schema17,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs13 = errors;
          if (typeof key1 === 'string') {
            if (!pattern2.test(key1)) {
              const err13 = {
                instancePath: instancePath + '/labels',
                schemaPath: '#/definitions/labels/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$' },
                message: 'must match pattern "' + '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$' + '"',
                schema: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$',
                parentSchema: schema17.propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid4 = _errs13 === errors;
          if (!valid4) {
            const err14 = {
              instancePath: instancePath + '/labels',
              schemaPath: '#/definitions/labels/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema17.propertyNames,
              parentSchema: schema17,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === 'string') {
            if (func2(data4) > 256) {
              const err15 = {
                instancePath:
                  instancePath + '/labels/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/definitions/labels/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
                message: 'must NOT have more than 256 characters',
                schema: 256,
                parentSchema: schema17.additionalProperties,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath:
                instancePath + '/labels/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/definitions/labels/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema17.additionalProperties.type,
              parentSchema: schema17.additionalProperties,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/definitions/labels/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema17.type,
          parentSchema: schema17,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema14.type,
      parentSchema: schema14,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxItems',
        keyword: 'maxItems',
        params: { limit: 16 },
        message: 'must NOT have more than 16 items',
        schema: 16,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate17(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema29.type,
      parentSchema: schema29,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 128) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxItems',
        keyword: 'maxItems',
        params: { limit: 128 },
        message: 'must NOT have more than 128 items',
        schema: 128,
        parentSchema: schema34,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate21(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
const pattern31 = new RegExp('^/[^\\s]*$', 'u');
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="deployment.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
        schema: schema45.required,
        parentSchema: schema45,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema45.required,
        parentSchema: schema45,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
        schema: schema45.required,
        parentSchema: schema45,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'spec' },
        message: "must have required property '" + 'spec' + "'",
        schema: schema45.required,
        parentSchema: schema45,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'apiVersion' || key0 === 'kind' || key0 === 'metadata' || key0 === 'spec')) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema45,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data0 = data.apiVersion;
      if (typeof data0 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: 'common.schema.json#/definitions/apiVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ('berth/v1' !== data0) {
        const err6 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: 'common.schema.json#/definitions/apiVersion/const',
          keyword: 'const',
          params: { allowedValue: 'berth/v1' },
          message: 'must be equal to constant',
          schema: 'berth/v1',
          parentSchema: schema13,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (typeof data1 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.properties.kind.type,
          parentSchema: schema45.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ('Deployment' !== data1) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'Deployment' },
          message: 'must be equal to constant',
          schema: 'Deployment',
          parentSchema: schema45.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (
        !validate26(data.metadata, {
          instancePath: instancePath + '/metadata',
          parentData: data,
          parentDataProperty: 'metadata',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      let data3 = data.spec;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.size === undefined) {
          data3.size = 'medium';
        }
        if (data3.git === undefined) {
          data3.git = [];
        }
        if (data3.env === undefined) {
          data3.env = {};
        }
        if (data3.secrets === undefined) {
          data3.secrets = [];
        }
        if (data3.replicas === undefined) {
          data3.replicas = 1;
        }
        if (data3.port === undefined) {
          data3.port = 8000;
        }
        if (data3.access === undefined) {
          data3.access = [];
        }
        if (data3.public === undefined) {
          data3.public = false;
        }
        if (data3.image === undefined) {
          const err9 = {
            instancePath: instancePath + '/spec',
            schemaPath: '#/properties/spec/required',
            keyword: 'required',
            params: { missingProperty: 'image' },
            message: "must have required property '" + 'image' + "'",
            schema: schema45.properties.spec.required,
            parentSchema: schema45.properties.spec,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func7.call(schema45.properties.spec.properties, key1)) {
            const err10 = {
              instancePath: instancePath + '/spec',
              schemaPath: '#/properties/spec/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema45.properties.spec,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.image !== undefined) {
          let data4 = data3.image;
          if (typeof data4 === 'string') {
            if (func2(data4) > 512) {
              const err11 = {
                instancePath: instancePath + '/spec/image',
                schemaPath: 'common.schema.json#/definitions/image/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
                schema: 512,
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err12 = {
                instancePath: instancePath + '/spec/image',
                schemaPath: 'common.schema.json#/definitions/image/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern3.test(data4)) {
              const err13 = {
                instancePath: instancePath + '/spec/image',
                schemaPath: 'common.schema.json#/definitions/image/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s]+$' },
                message: 'must match pattern "' + '^[^\\s]+$' + '"',
                schema: '^[^\\s]+$',
                parentSchema: schema18,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/spec/image',
              schemaPath: 'common.schema.json#/definitions/image/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema18.type,
              parentSchema: schema18,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.command !== undefined) {
          let data5 = data3.command;
          const _errs16 = errors;
          let valid5 = false;
          let passing0 = null;
          const _errs17 = errors;
          if (typeof data5 === 'string') {
            if (func2(data5) > 65536) {
              const err15 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/0/maxLength',
                keyword: 'maxLength',
                params: { limit: 65536 },
                message: 'must NOT have more than 65536 characters',
                schema: 65536,
                parentSchema: schema19.oneOf[0],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err16 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/0/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema19.oneOf[0],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/spec/command',
              schemaPath: 'common.schema.json#/definitions/command/oneOf/0/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema19.oneOf[0].type,
              parentSchema: schema19.oneOf[0],
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          if (_valid0) {
            valid5 = true;
            passing0 = 0;
          }
          const _errs19 = errors;
          if (Array.isArray(data5)) {
            if (data5.length > 256) {
              const err18 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/1/maxItems',
                keyword: 'maxItems',
                params: { limit: 256 },
                message: 'must NOT have more than 256 items',
                schema: 256,
                parentSchema: schema19.oneOf[1],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data5.length < 1) {
              const err19 = {
                instancePath: instancePath + '/spec/command',
                schemaPath: 'common.schema.json#/definitions/command/oneOf/1/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema19.oneOf[1],
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === 'string') {
                if (func2(data6) > 65536) {
                  const err20 = {
                    instancePath: instancePath + '/spec/command/' + i0,
                    schemaPath: 'common.schema.json#/definitions/command/oneOf/1/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 65536 },
                    message: 'must NOT have more than 65536 characters',
                    schema: 65536,
                    parentSchema: schema19.oneOf[1].items,
                    data: data6,
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath: instancePath + '/spec/command/' + i0,
                  schemaPath: 'common.schema.json#/definitions/command/oneOf/1/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.oneOf[1].items.type,
                  parentSchema: schema19.oneOf[1].items,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/spec/command',
              schemaPath: 'common.schema.json#/definitions/command/oneOf/1/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.oneOf[1].type,
              parentSchema: schema19.oneOf[1],
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid0 = _errs19 === errors;
          if (_valid0 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid5 = true;
              passing0 = 1;
            }
          }
          if (!valid5) {
            const err23 = {
              instancePath: instancePath + '/spec/command',
              schemaPath: 'common.schema.json#/definitions/command/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
              schema: schema19.oneOf,
              parentSchema: schema19,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data3.hardware !== undefined) {
          let data7 = data3.hardware;
          if (typeof data7 !== 'string') {
            const err24 = {
              instancePath: instancePath + '/spec/hardware',
              schemaPath: 'common.schema.json#/definitions/hardware/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema27.type,
              parentSchema: schema27,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (!(data7 === 'cpu' || data7 === 'gpu')) {
            const err25 = {
              instancePath: instancePath + '/spec/hardware',
              schemaPath: 'common.schema.json#/definitions/hardware/enum',
              keyword: 'enum',
              params: { allowedValues: schema27.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema27.enum,
              parentSchema: schema27,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        let data8 = data3.size;
        if (typeof data8 === 'string') {
          if (func2(data8) > 63) {
            const err26 = {
              instancePath: instancePath + '/spec/size',
              schemaPath: 'common.schema.json#/definitions/size/maxLength',
              keyword: 'maxLength',
              params: { limit: 63 },
              message: 'must NOT have more than 63 characters',
              schema: 63,
              parentSchema: schema25,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!pattern7.test(data8)) {
            const err27 = {
              instancePath: instancePath + '/spec/size',
              schemaPath: 'common.schema.json#/definitions/size/pattern',
              keyword: 'pattern',
              params: { pattern: '^[a-z0-9][-a-z0-9]*$' },
              message: 'must match pattern "' + '^[a-z0-9][-a-z0-9]*$' + '"',
              schema: '^[a-z0-9][-a-z0-9]*$',
              parentSchema: schema25,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        } else {
          const err28 = {
            instancePath: instancePath + '/spec/size',
            schemaPath: 'common.schema.json#/definitions/size/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema25.type,
            parentSchema: schema25,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (
          !validate28(data3.git, {
            instancePath: instancePath + '/spec/git',
            parentData: data3,
            parentDataProperty: 'git',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
        if (data3.workingDir !== undefined) {
          let data10 = data3.workingDir;
          if (typeof data10 === 'string') {
            if (func2(data10) > 1024) {
              const err29 = {
                instancePath: instancePath + '/spec/workingDir',
                schemaPath: 'common.schema.json#/definitions/workingDir/maxLength',
                keyword: 'maxLength',
                params: { limit: 1024 },
                message: 'must NOT have more than 1024 characters',
                schema: 1024,
                parentSchema: schema32,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func2(data10) < 1) {
              const err30 = {
                instancePath: instancePath + '/spec/workingDir',
                schemaPath: 'common.schema.json#/definitions/workingDir/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/spec/workingDir',
              schemaPath: 'common.schema.json#/definitions/workingDir/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let data11 = data3.env;
        if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
          if (Object.keys(data11).length > 256) {
            const err32 = {
              instancePath: instancePath + '/spec/env',
              schemaPath: 'common.schema.json#/definitions/env/maxProperties',
              keyword: 'maxProperties',
              params: { limit: 256 },
              message: 'must NOT have more than 256 properties',
              schema: 256,
              parentSchema: schema26,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          for (const key2 in data11) {
            const _errs36 = errors;
            if (typeof key2 === 'string') {
              if (func2(key2) > 128) {
                const err33 = {
                  instancePath: instancePath + '/spec/env',
                  schemaPath: 'common.schema.json#/definitions/env/propertyNames/maxLength',
                  keyword: 'maxLength',
                  params: { limit: 128 },
                  message: 'must NOT have more than 128 characters',
                  schema: 128,
                  parentSchema: schema26.propertyNames,
                  data: key2,
                  propertyName: key2,
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (!pattern8.test(key2)) {
                const err34 = {
                  instancePath: instancePath + '/spec/env',
                  schemaPath: 'common.schema.json#/definitions/env/propertyNames/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$' },
                  message: 'must match pattern "' + '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$' + '"',
                  schema: '^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$',
                  parentSchema: schema26.propertyNames,
                  data: key2,
                  propertyName: key2,
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            var valid12 = _errs36 === errors;
            if (!valid12) {
              const err35 = {
                instancePath: instancePath + '/spec/env',
                schemaPath: 'common.schema.json#/definitions/env/propertyNames',
                keyword: 'propertyNames',
                params: { propertyName: key2 },
                message: 'property name must be valid',
                schema: schema26.propertyNames,
                parentSchema: schema26,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          for (const key3 in data11) {
            let data12 = data11[key3];
            if (typeof data12 === 'string') {
              if (func2(data12) > 65536) {
                const err36 = {
                  instancePath:
                    instancePath + '/spec/env/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: 'common.schema.json#/definitions/env/additionalProperties/maxLength',
                  keyword: 'maxLength',
                  params: { limit: 65536 },
                  message: 'must NOT have more than 65536 characters',
                  schema: 65536,
                  parentSchema: schema26.additionalProperties,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            } else {
              const err37 = {
                instancePath:
                  instancePath + '/spec/env/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: 'common.schema.json#/definitions/env/additionalProperties/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema26.additionalProperties.type,
                parentSchema: schema26.additionalProperties,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        } else {
          const err38 = {
            instancePath: instancePath + '/spec/env',
            schemaPath: 'common.schema.json#/definitions/env/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema26.type,
            parentSchema: schema26,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (
          !validate31(data3.secrets, {
            instancePath: instancePath + '/spec/secrets',
            parentData: data3,
            parentDataProperty: 'secrets',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
          errors = vErrors.length;
        }
        if (data3.startScript !== undefined) {
          let data14 = data3.startScript;
          if (typeof data14 === 'string') {
            if (func2(data14) > 65536) {
              const err39 = {
                instancePath: instancePath + '/spec/startScript',
                schemaPath: 'common.schema.json#/definitions/startScript/maxLength',
                keyword: 'maxLength',
                params: { limit: 65536 },
                message: 'must NOT have more than 65536 characters',
                schema: 65536,
                parentSchema: schema40,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/spec/startScript',
              schemaPath: 'common.schema.json#/definitions/startScript/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema40.type,
              parentSchema: schema40,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data3.extraPackages !== undefined) {
          let data15 = data3.extraPackages;
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            for (const key4 in data15) {
              if (!(key4 === 'pip' || key4 === 'apt')) {
                const err41 = {
                  instancePath: instancePath + '/spec/extraPackages',
                  schemaPath: 'common.schema.json#/definitions/extraPackages/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema41,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data15.pip !== undefined) {
              let data16 = data15.pip;
              if (Array.isArray(data16)) {
                if (data16.length > 256) {
                  const err42 = {
                    instancePath: instancePath + '/spec/extraPackages/pip',
                    schemaPath:
                      'common.schema.json#/definitions/extraPackages/properties/pip/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 items',
                    schema: 256,
                    parentSchema: schema41.properties.pip,
                    data: data16,
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                const len1 = data16.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data17 = data16[i1];
                  if (typeof data17 === 'string') {
                    if (func2(data17) > 256) {
                      const err43 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i1,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 characters',
                        schema: 256,
                        parentSchema: schema41.properties.pip.items,
                        data: data17,
                      };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (func2(data17) < 1) {
                      const err44 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i1,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema41.properties.pip.items,
                        data: data17,
                      };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (!pattern18.test(data17)) {
                      const err45 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i1,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^(-r [^\\s]+|[^\\s]+)$' },
                        message: 'must match pattern "' + '^(-r [^\\s]+|[^\\s]+)$' + '"',
                        schema: '^(-r [^\\s]+|[^\\s]+)$',
                        parentSchema: schema41.properties.pip.items,
                        data: data17,
                      };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = {
                      instancePath: instancePath + '/spec/extraPackages/pip/' + i1,
                      schemaPath:
                        'common.schema.json#/definitions/extraPackages/properties/pip/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.pip.items.type,
                      parentSchema: schema41.properties.pip.items,
                      data: data17,
                    };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = {
                  instancePath: instancePath + '/spec/extraPackages/pip',
                  schemaPath: 'common.schema.json#/definitions/extraPackages/properties/pip/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema41.properties.pip.type,
                  parentSchema: schema41.properties.pip,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data15.apt !== undefined) {
              let data18 = data15.apt;
              if (Array.isArray(data18)) {
                if (data18.length > 256) {
                  const err48 = {
                    instancePath: instancePath + '/spec/extraPackages/apt',
                    schemaPath:
                      'common.schema.json#/definitions/extraPackages/properties/apt/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 items',
                    schema: 256,
                    parentSchema: schema41.properties.apt,
                    data: data18,
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (typeof data19 === 'string') {
                    if (func2(data19) > 256) {
                      const err49 = {
                        instancePath: instancePath + '/spec/extraPackages/apt/' + i2,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/apt/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 256 },
                        message: 'must NOT have more than 256 characters',
                        schema: 256,
                        parentSchema: schema41.properties.apt.items,
                        data: data19,
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (!pattern19.test(data19)) {
                      const err50 = {
                        instancePath: instancePath + '/spec/extraPackages/apt/' + i2,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/apt/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' },
                        message: 'must match pattern "' + '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' + '"',
                        schema: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$',
                        parentSchema: schema41.properties.apt.items,
                        data: data19,
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = {
                      instancePath: instancePath + '/spec/extraPackages/apt/' + i2,
                      schemaPath:
                        'common.schema.json#/definitions/extraPackages/properties/apt/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.apt.items.type,
                      parentSchema: schema41.properties.apt.items,
                      data: data19,
                    };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = {
                  instancePath: instancePath + '/spec/extraPackages/apt',
                  schemaPath: 'common.schema.json#/definitions/extraPackages/properties/apt/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema41.properties.apt.type,
                  parentSchema: schema41.properties.apt,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = {
              instancePath: instancePath + '/spec/extraPackages',
              schemaPath: 'common.schema.json#/definitions/extraPackages/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema41.type,
              parentSchema: schema41,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data3.imagePullSecret !== undefined) {
          let data20 = data3.imagePullSecret;
          if (typeof data20 === 'string') {
            if (func2(data20) > 128) {
              const err54 = {
                instancePath: instancePath + '/spec/imagePullSecret',
                schemaPath: 'common.schema.json#/definitions/imagePullSecret/maxLength',
                keyword: 'maxLength',
                params: { limit: 128 },
                message: 'must NOT have more than 128 characters',
                schema: 128,
                parentSchema: schema36,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (!pattern5.test(data20)) {
              const err55 = {
                instancePath: instancePath + '/spec/imagePullSecret',
                schemaPath: 'common.schema.json#/definitions/imagePullSecret/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema36,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = {
              instancePath: instancePath + '/spec/imagePullSecret',
              schemaPath: 'common.schema.json#/definitions/imagePullSecret/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        let data21 = data3.replicas;
        if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
          const err57 = {
            instancePath: instancePath + '/spec/replicas',
            schemaPath: '#/properties/spec/properties/replicas/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
            schema: schema45.properties.spec.properties.replicas.type,
            parentSchema: schema45.properties.spec.properties.replicas,
            data: data21,
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (typeof data21 == 'number' && isFinite(data21)) {
          if (data21 > 100 || isNaN(data21)) {
            const err58 = {
              instancePath: instancePath + '/spec/replicas',
              schemaPath: '#/properties/spec/properties/replicas/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 100 },
              message: 'must be <= 100',
              schema: 100,
              parentSchema: schema45.properties.spec.properties.replicas,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (data21 < 0 || isNaN(data21)) {
            const err59 = {
              instancePath: instancePath + '/spec/replicas',
              schemaPath: '#/properties/spec/properties/replicas/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 0 },
              message: 'must be >= 0',
              schema: 0,
              parentSchema: schema45.properties.spec.properties.replicas,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        let data22 = data3.port;
        if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
          const err60 = {
            instancePath: instancePath + '/spec/port',
            schemaPath: '#/properties/spec/properties/port/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
            schema: schema45.properties.spec.properties.port.type,
            parentSchema: schema45.properties.spec.properties.port,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (typeof data22 == 'number' && isFinite(data22)) {
          if (data22 > 65535 || isNaN(data22)) {
            const err61 = {
              instancePath: instancePath + '/spec/port',
              schemaPath: '#/properties/spec/properties/port/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 65535 },
              message: 'must be <= 65535',
              schema: 65535,
              parentSchema: schema45.properties.spec.properties.port,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (data22 < 1024 || isNaN(data22)) {
            const err62 = {
              instancePath: instancePath + '/spec/port',
              schemaPath: '#/properties/spec/properties/port/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 1024 },
              message: 'must be >= 1024',
              schema: 1024,
              parentSchema: schema45.properties.spec.properties.port,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data3.healthCheck !== undefined) {
          let data23 = data3.healthCheck;
          if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
            if (data23.initialDelaySeconds === undefined) {
              data23.initialDelaySeconds = 0;
            }
            if (data23.periodSeconds === undefined) {
              data23.periodSeconds = 2;
            }
            if (data23.timeoutSeconds === undefined) {
              data23.timeoutSeconds = 1;
            }
            if (data23.failureThreshold === undefined) {
              data23.failureThreshold = 30;
            }
            if (data23.path === undefined) {
              const err63 = {
                instancePath: instancePath + '/spec/healthCheck',
                schemaPath: '#/properties/spec/properties/healthCheck/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
                message: "must have required property '" + 'path' + "'",
                schema: schema45.properties.spec.properties.healthCheck.required,
                parentSchema: schema45.properties.spec.properties.healthCheck,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            for (const key5 in data23) {
              if (!(
                key5 === 'path' ||
                key5 === 'initialDelaySeconds' ||
                key5 === 'periodSeconds' ||
                key5 === 'timeoutSeconds' ||
                key5 === 'failureThreshold'
              )) {
                const err64 = {
                  instancePath: instancePath + '/spec/healthCheck',
                  schemaPath: '#/properties/spec/properties/healthCheck/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema45.properties.spec.properties.healthCheck,
                  data: data23,
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data23.path !== undefined) {
              let data24 = data23.path;
              if (typeof data24 === 'string') {
                if (func2(data24) > 1024) {
                  const err65 = {
                    instancePath: instancePath + '/spec/healthCheck/path',
                    schemaPath:
                      '#/properties/spec/properties/healthCheck/properties/path/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 1024 },
                    message: 'must NOT have more than 1024 characters',
                    schema: 1024,
                    parentSchema: schema45.properties.spec.properties.healthCheck.properties.path,
                    data: data24,
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (!pattern31.test(data24)) {
                  const err66 = {
                    instancePath: instancePath + '/spec/healthCheck/path',
                    schemaPath: '#/properties/spec/properties/healthCheck/properties/path/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^/[^\\s]*$' },
                    message: 'must match pattern "' + '^/[^\\s]*$' + '"',
                    schema: '^/[^\\s]*$',
                    parentSchema: schema45.properties.spec.properties.healthCheck.properties.path,
                    data: data24,
                  };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = {
                  instancePath: instancePath + '/spec/healthCheck/path',
                  schemaPath: '#/properties/spec/properties/healthCheck/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.properties.spec.properties.healthCheck.properties.path.type,
                  parentSchema: schema45.properties.spec.properties.healthCheck.properties.path,
                  data: data24,
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            let data25 = data23.initialDelaySeconds;
            if (!(
              typeof data25 == 'number' &&
              !(data25 % 1) &&
              !isNaN(data25) &&
              isFinite(data25)
            )) {
              const err68 = {
                instancePath: instancePath + '/spec/healthCheck/initialDelaySeconds',
                schemaPath:
                  '#/properties/spec/properties/healthCheck/properties/initialDelaySeconds/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema:
                  schema45.properties.spec.properties.healthCheck.properties.initialDelaySeconds
                    .type,
                parentSchema:
                  schema45.properties.spec.properties.healthCheck.properties.initialDelaySeconds,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (typeof data25 == 'number' && isFinite(data25)) {
              if (data25 > 3600 || isNaN(data25)) {
                const err69 = {
                  instancePath: instancePath + '/spec/healthCheck/initialDelaySeconds',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/initialDelaySeconds/maximum',
                  keyword: 'maximum',
                  params: { comparison: '<=', limit: 3600 },
                  message: 'must be <= 3600',
                  schema: 3600,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.initialDelaySeconds,
                  data: data25,
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (data25 < 0 || isNaN(data25)) {
                const err70 = {
                  instancePath: instancePath + '/spec/healthCheck/initialDelaySeconds',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/initialDelaySeconds/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 0 },
                  message: 'must be >= 0',
                  schema: 0,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.initialDelaySeconds,
                  data: data25,
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            let data26 = data23.periodSeconds;
            if (!(
              typeof data26 == 'number' &&
              !(data26 % 1) &&
              !isNaN(data26) &&
              isFinite(data26)
            )) {
              const err71 = {
                instancePath: instancePath + '/spec/healthCheck/periodSeconds',
                schemaPath:
                  '#/properties/spec/properties/healthCheck/properties/periodSeconds/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema:
                  schema45.properties.spec.properties.healthCheck.properties.periodSeconds.type,
                parentSchema:
                  schema45.properties.spec.properties.healthCheck.properties.periodSeconds,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (typeof data26 == 'number' && isFinite(data26)) {
              if (data26 > 300 || isNaN(data26)) {
                const err72 = {
                  instancePath: instancePath + '/spec/healthCheck/periodSeconds',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/periodSeconds/maximum',
                  keyword: 'maximum',
                  params: { comparison: '<=', limit: 300 },
                  message: 'must be <= 300',
                  schema: 300,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.periodSeconds,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (data26 < 1 || isNaN(data26)) {
                const err73 = {
                  instancePath: instancePath + '/spec/healthCheck/periodSeconds',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/periodSeconds/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 1 },
                  message: 'must be >= 1',
                  schema: 1,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.periodSeconds,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            let data27 = data23.timeoutSeconds;
            if (!(
              typeof data27 == 'number' &&
              !(data27 % 1) &&
              !isNaN(data27) &&
              isFinite(data27)
            )) {
              const err74 = {
                instancePath: instancePath + '/spec/healthCheck/timeoutSeconds',
                schemaPath:
                  '#/properties/spec/properties/healthCheck/properties/timeoutSeconds/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema:
                  schema45.properties.spec.properties.healthCheck.properties.timeoutSeconds.type,
                parentSchema:
                  schema45.properties.spec.properties.healthCheck.properties.timeoutSeconds,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (typeof data27 == 'number' && isFinite(data27)) {
              if (data27 > 60 || isNaN(data27)) {
                const err75 = {
                  instancePath: instancePath + '/spec/healthCheck/timeoutSeconds',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/timeoutSeconds/maximum',
                  keyword: 'maximum',
                  params: { comparison: '<=', limit: 60 },
                  message: 'must be <= 60',
                  schema: 60,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.timeoutSeconds,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (data27 < 1 || isNaN(data27)) {
                const err76 = {
                  instancePath: instancePath + '/spec/healthCheck/timeoutSeconds',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/timeoutSeconds/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 1 },
                  message: 'must be >= 1',
                  schema: 1,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.timeoutSeconds,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            let data28 = data23.failureThreshold;
            if (!(
              typeof data28 == 'number' &&
              !(data28 % 1) &&
              !isNaN(data28) &&
              isFinite(data28)
            )) {
              const err77 = {
                instancePath: instancePath + '/spec/healthCheck/failureThreshold',
                schemaPath:
                  '#/properties/spec/properties/healthCheck/properties/failureThreshold/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema:
                  schema45.properties.spec.properties.healthCheck.properties.failureThreshold.type,
                parentSchema:
                  schema45.properties.spec.properties.healthCheck.properties.failureThreshold,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (typeof data28 == 'number' && isFinite(data28)) {
              if (data28 > 100 || isNaN(data28)) {
                const err78 = {
                  instancePath: instancePath + '/spec/healthCheck/failureThreshold',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/failureThreshold/maximum',
                  keyword: 'maximum',
                  params: { comparison: '<=', limit: 100 },
                  message: 'must be <= 100',
                  schema: 100,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.failureThreshold,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (data28 < 1 || isNaN(data28)) {
                const err79 = {
                  instancePath: instancePath + '/spec/healthCheck/failureThreshold',
                  schemaPath:
                    '#/properties/spec/properties/healthCheck/properties/failureThreshold/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 1 },
                  message: 'must be >= 1',
                  schema: 1,
                  parentSchema:
                    schema45.properties.spec.properties.healthCheck.properties.failureThreshold,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/spec/healthCheck',
              schemaPath: '#/properties/spec/properties/healthCheck/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema45.properties.spec.properties.healthCheck.type,
              parentSchema: schema45.properties.spec.properties.healthCheck,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        let data29 = data3.access;
        if (Array.isArray(data29)) {
          if (data29.length > 256) {
            const err81 = {
              instancePath: instancePath + '/spec/access',
              schemaPath: '#/properties/spec/properties/access/maxItems',
              keyword: 'maxItems',
              params: { limit: 256 },
              message: 'must NOT have more than 256 items',
              schema: 256,
              parentSchema: schema45.properties.spec.properties.access,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          const len3 = data29.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data30 = data29[i3];
            if (typeof data30 === 'string') {
              if (func2(data30) > 60) {
                const err82 = {
                  instancePath: instancePath + '/spec/access/' + i3,
                  schemaPath: 'common.schema.json#/definitions/owner/maxLength',
                  keyword: 'maxLength',
                  params: { limit: 60 },
                  message: 'must NOT have more than 60 characters',
                  schema: 60,
                  parentSchema: schema16,
                  data: data30,
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (!pattern1.test(data30)) {
                const err83 = {
                  instancePath: instancePath + '/spec/access/' + i3,
                  schemaPath: 'common.schema.json#/definitions/owner/pattern',
                  keyword: 'pattern',
                  params: {
                    pattern:
                      '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
                  },
                  message:
                    'must match pattern "' +
                    '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$' +
                    '"',
                  schema:
                    '^(user:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|group:[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)$',
                  parentSchema: schema16,
                  data: data30,
                };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            } else {
              const err84 = {
                instancePath: instancePath + '/spec/access/' + i3,
                schemaPath: 'common.schema.json#/definitions/owner/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema16.type,
                parentSchema: schema16,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
        } else {
          const err85 = {
            instancePath: instancePath + '/spec/access',
            schemaPath: '#/properties/spec/properties/access/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
            schema: schema45.properties.spec.properties.access.type,
            parentSchema: schema45.properties.spec.properties.access,
            data: data29,
          };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        let data31 = data3.public;
        if (typeof data31 !== 'boolean') {
          const err86 = {
            instancePath: instancePath + '/spec/public',
            schemaPath: '#/properties/spec/properties/public/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
            schema: schema45.properties.spec.properties.public.type,
            parentSchema: schema45.properties.spec.properties.public,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      } else {
        const err87 = {
          instancePath: instancePath + '/spec',
          schemaPath: '#/properties/spec/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema45.properties.spec.type,
          parentSchema: schema45.properties.spec,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema45.type,
      parentSchema: schema45,
      data,
    };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
const Group = validate34;
const schema63 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'group.schema.json',
  title: 'berth Group',
  description: 'A named set of GitHub logins that can own resources (SPEC §1.5).',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { $ref: 'common.schema.json#/definitions/apiVersion' },
    kind: { type: 'string', const: 'Group' },
    metadata: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { $ref: 'common.schema.json#/definitions/name' },
        description: { type: 'string', maxLength: 500 },
        labels: { $ref: 'common.schema.json#/definitions/labels' },
      },
    },
    spec: {
      type: 'object',
      required: ['members'],
      additionalProperties: false,
      properties: {
        members: {
          type: 'array',
          maxItems: 1000,
          uniqueItems: true,
          items: {
            description: 'a GitHub login',
            type: 'string',
            maxLength: 39,
            pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$',
          },
        },
      },
    },
  },
};
const pattern35 = new RegExp('^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$', 'u');
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="group.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
        schema: schema63.required,
        parentSchema: schema63,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema63.required,
        parentSchema: schema63,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
        schema: schema63.required,
        parentSchema: schema63,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'spec' },
        message: "must have required property '" + 'spec' + "'",
        schema: schema63.required,
        parentSchema: schema63,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'apiVersion' || key0 === 'kind' || key0 === 'metadata' || key0 === 'spec')) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema63,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data0 = data.apiVersion;
      if (typeof data0 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: 'common.schema.json#/definitions/apiVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema13.type,
          parentSchema: schema13,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ('berth/v1' !== data0) {
        const err6 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: 'common.schema.json#/definitions/apiVersion/const',
          keyword: 'const',
          params: { allowedValue: 'berth/v1' },
          message: 'must be equal to constant',
          schema: 'berth/v1',
          parentSchema: schema13,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (typeof data1 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema63.properties.kind.type,
          parentSchema: schema63.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ('Group' !== data1) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'Group' },
          message: 'must be equal to constant',
          schema: 'Group',
          parentSchema: schema63.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.name === undefined) {
          const err9 = {
            instancePath: instancePath + '/metadata',
            schemaPath: '#/properties/metadata/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema63.properties.metadata.required,
            parentSchema: schema63.properties.metadata,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === 'name' || key1 === 'description' || key1 === 'labels')) {
            const err10 = {
              instancePath: instancePath + '/metadata',
              schemaPath: '#/properties/metadata/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema63.properties.metadata,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== undefined) {
          let data3 = data2.name;
          if (typeof data3 === 'string') {
            if (func2(data3) > 52) {
              const err11 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'common.schema.json#/definitions/name/maxLength',
                keyword: 'maxLength',
                params: { limit: 52 },
                message: 'must NOT have more than 52 characters',
                schema: 52,
                parentSchema: schema15,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err12 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'common.schema.json#/definitions/name/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema15,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern0.test(data3)) {
              const err13 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'common.schema.json#/definitions/name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' + '"',
                schema: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
                parentSchema: schema15,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/metadata/name',
              schemaPath: 'common.schema.json#/definitions/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema15.type,
              parentSchema: schema15,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.description !== undefined) {
          let data4 = data2.description;
          if (typeof data4 === 'string') {
            if (func2(data4) > 500) {
              const err15 = {
                instancePath: instancePath + '/metadata/description',
                schemaPath: '#/properties/metadata/properties/description/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
                schema: 500,
                parentSchema: schema63.properties.metadata.properties.description,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/metadata/description',
              schemaPath: '#/properties/metadata/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema63.properties.metadata.properties.description.type,
              parentSchema: schema63.properties.metadata.properties.description,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.labels !== undefined) {
          let data5 = data2.labels;
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (Object.keys(data5).length > 64) {
              const err17 = {
                instancePath: instancePath + '/metadata/labels',
                schemaPath: 'common.schema.json#/definitions/labels/maxProperties',
                keyword: 'maxProperties',
                params: { limit: 64 },
                message: 'must NOT have more than 64 properties',
                schema: 64,
                parentSchema: schema17,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key2 in data5) {
              const _errs18 = errors;
              if (typeof key2 === 'string') {
                if (!pattern2.test(key2)) {
                  const err18 = {
                    instancePath: instancePath + '/metadata/labels',
                    schemaPath: 'common.schema.json#/definitions/labels/propertyNames/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$' + '"',
                    schema: '^[A-Za-z0-9][-A-Za-z0-9_./]{0,62}$',
                    parentSchema: schema17.propertyNames,
                    data: key2,
                    propertyName: key2,
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              var valid5 = _errs18 === errors;
              if (!valid5) {
                const err19 = {
                  instancePath: instancePath + '/metadata/labels',
                  schemaPath: 'common.schema.json#/definitions/labels/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key2 },
                  message: 'property name must be valid',
                  schema: schema17.propertyNames,
                  parentSchema: schema17,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            for (const key3 in data5) {
              let data6 = data5[key3];
              if (typeof data6 === 'string') {
                if (func2(data6) > 256) {
                  const err20 = {
                    instancePath:
                      instancePath +
                      '/metadata/labels/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      'common.schema.json#/definitions/labels/additionalProperties/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 256 },
                    message: 'must NOT have more than 256 characters',
                    schema: 256,
                    parentSchema: schema17.additionalProperties,
                    data: data6,
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath:
                    instancePath +
                    '/metadata/labels/' +
                    key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: 'common.schema.json#/definitions/labels/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema17.additionalProperties.type,
                  parentSchema: schema17.additionalProperties,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/metadata/labels',
              schemaPath: 'common.schema.json#/definitions/labels/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema17.type,
              parentSchema: schema17,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema63.properties.metadata.type,
          parentSchema: schema63.properties.metadata,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.spec !== undefined) {
      let data7 = data.spec;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.members === undefined) {
          const err24 = {
            instancePath: instancePath + '/spec',
            schemaPath: '#/properties/spec/required',
            keyword: 'required',
            params: { missingProperty: 'members' },
            message: "must have required property '" + 'members' + "'",
            schema: schema63.properties.spec.required,
            parentSchema: schema63.properties.spec,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key4 in data7) {
          if (!(key4 === 'members')) {
            const err25 = {
              instancePath: instancePath + '/spec',
              schemaPath: '#/properties/spec/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema63.properties.spec,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.members !== undefined) {
          let data8 = data7.members;
          if (Array.isArray(data8)) {
            if (data8.length > 1000) {
              const err26 = {
                instancePath: instancePath + '/spec/members',
                schemaPath: '#/properties/spec/properties/members/maxItems',
                keyword: 'maxItems',
                params: { limit: 1000 },
                message: 'must NOT have more than 1000 items',
                schema: 1000,
                parentSchema: schema63.properties.spec.properties.members,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 === 'string') {
                if (func2(data9) > 39) {
                  const err27 = {
                    instancePath: instancePath + '/spec/members/' + i0,
                    schemaPath: '#/properties/spec/properties/members/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 39 },
                    message: 'must NOT have more than 39 characters',
                    schema: 39,
                    parentSchema: schema63.properties.spec.properties.members.items,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (!pattern35.test(data9)) {
                  const err28 = {
                    instancePath: instancePath + '/spec/members/' + i0,
                    schemaPath: '#/properties/spec/properties/members/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$' },
                    message:
                      'must match pattern "' +
                      '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$' +
                      '"',
                    schema: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$',
                    parentSchema: schema63.properties.spec.properties.members.items,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = {
                  instancePath: instancePath + '/spec/members/' + i0,
                  schemaPath: '#/properties/spec/properties/members/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema63.properties.spec.properties.members.items.type,
                  parentSchema: schema63.properties.spec.properties.members.items,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            let i1 = data8.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--;) {
                let item0 = data8[i1];
                if (typeof item0 !== 'string') {
                  continue;
                }
                if (typeof indices0[item0] == 'number') {
                  j0 = indices0[item0];
                  const err30 = {
                    instancePath: instancePath + '/spec/members',
                    schemaPath: '#/properties/spec/properties/members/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i1, j: j0 },
                    message:
                      'must NOT have duplicate items (items ## ' +
                      j0 +
                      ' and ' +
                      i1 +
                      ' are identical)',
                    schema: true,
                    parentSchema: schema63.properties.spec.properties.members,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/spec/members',
              schemaPath: '#/properties/spec/properties/members/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema63.properties.spec.properties.members.type,
              parentSchema: schema63.properties.spec.properties.members,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/spec',
          schemaPath: '#/properties/spec/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema63.properties.spec.type,
          parentSchema: schema63.properties.spec,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema63.type,
      parentSchema: schema63,
      data,
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
export const validators = { Job, Deployment, Group } as unknown as Record<
  'Job' | 'Deployment' | 'Group',
  ValidateFunction
>;
