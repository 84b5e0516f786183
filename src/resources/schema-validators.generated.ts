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
        parameters: {
          type: 'object',
          maxProperties: 16,
          propertyNames: {
            description: "a parameter name: letters, digits and '_', not starting with a digit",
            maxLength: 64,
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
          },
          additionalProperties: {
            type: 'array',
            minItems: 1,
            maxItems: 1000,
            items: { type: ['string', 'number', 'boolean'], maxLength: 4096 },
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
const schema20 = { type: 'string', enum: ['cpu', 'gpu'] };
const schema21 = {
  description: 'a size name such as medium, large or g4dnxlarge',
  type: 'string',
  maxLength: 63,
  pattern: '^[a-z0-9][-a-z0-9]*$',
};
const schema25 = {
  description: 'an absolute path, or a path relative to the first git path',
  type: 'string',
  minLength: 1,
  maxLength: 1024,
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
const schema33 = { type: 'string', maxLength: 65536 };
const schema34 = {
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
const schema29 = {
  description: "a secret name: letters, digits and '_', not starting with a digit",
  type: 'string',
  maxLength: 128,
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
};
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
const schema22 = { type: 'array', maxItems: 16, items: { $ref: '#/definitions/git' } };
const schema23 = {
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
const schema24 = {
  description: 'an absolute path inside the container, such as /workspace/project',
  type: 'string',
  minLength: 2,
  maxLength: 1024,
  pattern: '^/[^\\u0000]*$',
};
const pattern5 = new RegExp('^https?://[^\\s]+$', 'u');
const pattern6 = new RegExp('^[^\\s~^:?*\\[\\\\]+$', 'u');
const pattern7 = new RegExp('^/[^\\u0000]*$', 'u');
function validate15(
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
        schema: schema23.required,
        parentSchema: schema23,
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
        schema: schema23.required,
        parentSchema: schema23,
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
          parentSchema: schema23,
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
            parentSchema: schema23.properties.url,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://[^\\s]+$' },
            message: 'must match pattern "' + '^https?://[^\\s]+$' + '"',
            schema: '^https?://[^\\s]+$',
            parentSchema: schema23.properties.url,
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
          schema: schema23.properties.url.type,
          parentSchema: schema23.properties.url,
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
            parentSchema: schema23.properties.ref,
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
            parentSchema: schema23.properties.ref,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern6.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/ref',
            schemaPath: '#/properties/ref/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s~^:?*\\[\\\\]+$' },
            message: 'must match pattern "' + '^[^\\s~^:?*\\[\\\\]+$' + '"',
            schema: '^[^\\s~^:?*\\[\\\\]+$',
            parentSchema: schema23.properties.ref,
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
          schema: schema23.properties.ref.type,
          parentSchema: schema23.properties.ref,
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
            parentSchema: schema24,
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
            parentSchema: schema24,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern7.test(data2)) {
          const err12 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/definitions/absolutePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^/[^\\u0000]*$' },
            message: 'must match pattern "' + '^/[^\\u0000]*$' + '"',
            schema: '^/[^\\u0000]*$',
            parentSchema: schema24,
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
          schema: schema24.type,
          parentSchema: schema24,
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
      schema: schema23.type,
      parentSchema: schema23,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(
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
        parentSchema: schema22,
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
        !validate15(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
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
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
const schema27 = { type: 'array', maxItems: 128, items: { $ref: '#/definitions/secretRef' } };
const schema28 = {
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
const schema31 = {
  description: "an environment variable name: letters, digits and '_', not starting with a digit",
  type: 'string',
  maxLength: 128,
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
};
const pattern9 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');
function validate19(
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
    if (!pattern9.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/definitions/secretName/pattern',
        keyword: 'pattern',
        params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
        schema: '^[A-Za-z_][A-Za-z0-9_]*$',
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
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/definitions/secretName/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema29.type,
      parentSchema: schema29,
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
        schema: schema28.oneOf[1].required,
        parentSchema: schema28.oneOf[1],
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
          parentSchema: schema28.oneOf[1],
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
            parentSchema: schema29,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern9.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/definitions/secretName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema29,
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
          schema: schema29.type,
          parentSchema: schema29,
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
            parentSchema: schema31,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern9.test(data1)) {
          const err9 = {
            instancePath: instancePath + '/env',
            schemaPath: '#/definitions/envName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
            schema: '^[A-Za-z_][A-Za-z0-9_]*$',
            parentSchema: schema31,
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
          schema: schema31.type,
          parentSchema: schema31,
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
            parentSchema: schema24,
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
            parentSchema: schema24,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern7.test(data2)) {
          const err13 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/definitions/absolutePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^/[^\\u0000]*$' },
            message: 'must match pattern "' + '^/[^\\u0000]*$' + '"',
            schema: '^/[^\\u0000]*$',
            parentSchema: schema24,
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
          schema: schema24.type,
          parentSchema: schema24,
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
      schema: schema28.oneOf[1].type,
      parentSchema: schema28.oneOf[1],
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
      schema: schema28.oneOf,
      parentSchema: schema28,
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
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(
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
        parentSchema: schema27,
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
        !validate19(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
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
      schema: schema27.type,
      parentSchema: schema27,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
const func7 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp('^[^\\s]+$', 'u');
const pattern4 = new RegExp('^[a-z0-9][-a-z0-9]*$', 'u');
const pattern8 = new RegExp('^(?!BERTH_)[A-Za-z_][A-Za-z0-9_]*$', 'u');
const pattern13 = new RegExp('^(-r [^\\s]+|[^\\s]+)$', 'u');
const pattern14 = new RegExp('^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$', 'u');
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
        if (data3.hardware !== undefined) {
          let data7 = data3.hardware;
          if (typeof data7 !== 'string') {
            const err24 = {
              instancePath: instancePath + '/spec/hardware',
              schemaPath: 'common.schema.json#/definitions/hardware/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema20.type,
              parentSchema: schema20,
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
              params: { allowedValues: schema20.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema20.enum,
              parentSchema: schema20,
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
              parentSchema: schema21,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!pattern4.test(data8)) {
            const err27 = {
              instancePath: instancePath + '/spec/size',
              schemaPath: 'common.schema.json#/definitions/size/pattern',
              keyword: 'pattern',
              params: { pattern: '^[a-z0-9][-a-z0-9]*$' },
              message: 'must match pattern "' + '^[a-z0-9][-a-z0-9]*$' + '"',
              schema: '^[a-z0-9][-a-z0-9]*$',
              parentSchema: schema21,
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
            schema: schema21.type,
            parentSchema: schema21,
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
          !validate14(data3.git, {
            instancePath: instancePath + '/spec/git',
            parentData: data3,
            parentDataProperty: 'git',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
                parentSchema: schema25,
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
                parentSchema: schema25,
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
              schema: schema25.type,
              parentSchema: schema25,
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
          !validate18(data3.secrets, {
            instancePath: instancePath + '/spec/secrets',
            parentData: data3,
            parentDataProperty: 'secrets',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
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
                parentSchema: schema33,
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
              schema: schema33.type,
              parentSchema: schema33,
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
                  parentSchema: schema34,
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
                    parentSchema: schema34.properties.pip,
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
                        parentSchema: schema34.properties.pip.items,
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
                        parentSchema: schema34.properties.pip.items,
                        data: data17,
                      };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (!pattern13.test(data17)) {
                      const err45 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i1,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^(-r [^\\s]+|[^\\s]+)$' },
                        message: 'must match pattern "' + '^(-r [^\\s]+|[^\\s]+)$' + '"',
                        schema: '^(-r [^\\s]+|[^\\s]+)$',
                        parentSchema: schema34.properties.pip.items,
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
                      schema: schema34.properties.pip.items.type,
                      parentSchema: schema34.properties.pip.items,
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
                  schema: schema34.properties.pip.type,
                  parentSchema: schema34.properties.pip,
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
                    parentSchema: schema34.properties.apt,
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
                        parentSchema: schema34.properties.apt.items,
                        data: data19,
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (!pattern14.test(data19)) {
                      const err50 = {
                        instancePath: instancePath + '/spec/extraPackages/apt/' + i2,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/apt/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' },
                        message: 'must match pattern "' + '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' + '"',
                        schema: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$',
                        parentSchema: schema34.properties.apt.items,
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
                      schema: schema34.properties.apt.items.type,
                      parentSchema: schema34.properties.apt.items,
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
                  schema: schema34.properties.apt.type,
                  parentSchema: schema34.properties.apt,
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
              schema: schema34.type,
              parentSchema: schema34,
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
                parentSchema: schema29,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (!pattern9.test(data20)) {
              const err55 = {
                instancePath: instancePath + '/spec/imagePullSecret',
                schemaPath: 'common.schema.json#/definitions/imagePullSecret/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema29,
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
              schema: schema29.type,
              parentSchema: schema29,
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
        if (data3.schedule !== undefined) {
          let data21 = data3.schedule;
          if (typeof data21 === 'string') {
            if (func2(data21) > 256) {
              const err57 = {
                instancePath: instancePath + '/spec/schedule',
                schemaPath: '#/properties/spec/properties/schedule/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
                message: 'must NOT have more than 256 characters',
                schema: 256,
                parentSchema: schema11.properties.spec.properties.schedule,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (func2(data21) < 1) {
              const err58 = {
                instancePath: instancePath + '/spec/schedule',
                schemaPath: '#/properties/spec/properties/schedule/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.spec.properties.schedule,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = {
              instancePath: instancePath + '/spec/schedule',
              schemaPath: '#/properties/spec/properties/schedule/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.spec.properties.schedule.type,
              parentSchema: schema11.properties.spec.properties.schedule,
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
        let data22 = data3.timeZone;
        if (typeof data22 === 'string') {
          if (func2(data22) > 64) {
            const err60 = {
              instancePath: instancePath + '/spec/timeZone',
              schemaPath: '#/properties/spec/properties/timeZone/maxLength',
              keyword: 'maxLength',
              params: { limit: 64 },
              message: 'must NOT have more than 64 characters',
              schema: 64,
              parentSchema: schema11.properties.spec.properties.timeZone,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        } else {
          const err61 = {
            instancePath: instancePath + '/spec/timeZone',
            schemaPath: '#/properties/spec/properties/timeZone/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema11.properties.spec.properties.timeZone.type,
            parentSchema: schema11.properties.spec.properties.timeZone,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        let data23 = data3.concurrencyPolicy;
        if (typeof data23 !== 'string') {
          const err62 = {
            instancePath: instancePath + '/spec/concurrencyPolicy',
            schemaPath: '#/properties/spec/properties/concurrencyPolicy/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema11.properties.spec.properties.concurrencyPolicy.type,
            parentSchema: schema11.properties.spec.properties.concurrencyPolicy,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (!(data23 === 'Allow' || data23 === 'Forbid' || data23 === 'Replace')) {
          const err63 = {
            instancePath: instancePath + '/spec/concurrencyPolicy',
            schemaPath: '#/properties/spec/properties/concurrencyPolicy/enum',
            keyword: 'enum',
            params: { allowedValues: schema11.properties.spec.properties.concurrencyPolicy.enum },
            message: 'must be equal to one of the allowed values',
            schema: schema11.properties.spec.properties.concurrencyPolicy.enum,
            parentSchema: schema11.properties.spec.properties.concurrencyPolicy,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        let data24 = data3.backoffLimit;
        if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
          const err64 = {
            instancePath: instancePath + '/spec/backoffLimit',
            schemaPath: '#/properties/spec/properties/backoffLimit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
            schema: schema11.properties.spec.properties.backoffLimit.type,
            parentSchema: schema11.properties.spec.properties.backoffLimit,
            data: data24,
          };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (typeof data24 == 'number' && isFinite(data24)) {
          if (data24 > 100 || isNaN(data24)) {
            const err65 = {
              instancePath: instancePath + '/spec/backoffLimit',
              schemaPath: '#/properties/spec/properties/backoffLimit/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 100 },
              message: 'must be <= 100',
              schema: 100,
              parentSchema: schema11.properties.spec.properties.backoffLimit,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (data24 < 0 || isNaN(data24)) {
            const err66 = {
              instancePath: instancePath + '/spec/backoffLimit',
              schemaPath: '#/properties/spec/properties/backoffLimit/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 0 },
              message: 'must be >= 0',
              schema: 0,
              parentSchema: schema11.properties.spec.properties.backoffLimit,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data3.activeDeadlineSeconds !== undefined) {
          let data25 = data3.activeDeadlineSeconds;
          if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            const err67 = {
              instancePath: instancePath + '/spec/activeDeadlineSeconds',
              schemaPath: '#/properties/spec/properties/activeDeadlineSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.activeDeadlineSeconds.type,
              parentSchema: schema11.properties.spec.properties.activeDeadlineSeconds,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (typeof data25 == 'number' && isFinite(data25)) {
            if (data25 > 31622400 || isNaN(data25)) {
              const err68 = {
                instancePath: instancePath + '/spec/activeDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/activeDeadlineSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 31622400 },
                message: 'must be <= 31622400',
                schema: 31622400,
                parentSchema: schema11.properties.spec.properties.activeDeadlineSeconds,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err69 = {
                instancePath: instancePath + '/spec/activeDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/activeDeadlineSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.spec.properties.activeDeadlineSeconds,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        }
        if (data3.startingDeadlineSeconds !== undefined) {
          let data26 = data3.startingDeadlineSeconds;
          if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
            const err70 = {
              instancePath: instancePath + '/spec/startingDeadlineSeconds',
              schemaPath: '#/properties/spec/properties/startingDeadlineSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.startingDeadlineSeconds.type,
              parentSchema: schema11.properties.spec.properties.startingDeadlineSeconds,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (typeof data26 == 'number' && isFinite(data26)) {
            if (data26 > 31622400 || isNaN(data26)) {
              const err71 = {
                instancePath: instancePath + '/spec/startingDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/startingDeadlineSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 31622400 },
                message: 'must be <= 31622400',
                schema: 31622400,
                parentSchema: schema11.properties.spec.properties.startingDeadlineSeconds,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data26 < 10 || isNaN(data26)) {
              const err72 = {
                instancePath: instancePath + '/spec/startingDeadlineSeconds',
                schemaPath: '#/properties/spec/properties/startingDeadlineSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema11.properties.spec.properties.startingDeadlineSeconds,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
        }
        let data27 = data3.suspend;
        if (typeof data27 !== 'boolean') {
          const err73 = {
            instancePath: instancePath + '/spec/suspend',
            schemaPath: '#/properties/spec/properties/suspend/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
            schema: schema11.properties.spec.properties.suspend.type,
            parentSchema: schema11.properties.spec.properties.suspend,
            data: data27,
          };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data3.parameters !== undefined) {
          let data28 = data3.parameters;
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (Object.keys(data28).length > 16) {
              const err74 = {
                instancePath: instancePath + '/spec/parameters',
                schemaPath: '#/properties/spec/properties/parameters/maxProperties',
                keyword: 'maxProperties',
                params: { limit: 16 },
                message: 'must NOT have more than 16 properties',
                schema: 16,
                parentSchema: schema11.properties.spec.properties.parameters,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            for (const key5 in data28) {
              const _errs75 = errors;
              if (typeof key5 === 'string') {
                if (func2(key5) > 64) {
                  const err75 = {
                    instancePath: instancePath + '/spec/parameters',
                    schemaPath: '#/properties/spec/properties/parameters/propertyNames/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 },
                    message: 'must NOT have more than 64 characters',
                    schema: 64,
                    parentSchema: schema11.properties.spec.properties.parameters.propertyNames,
                    data: key5,
                    propertyName: key5,
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (!pattern9.test(key5)) {
                  const err76 = {
                    instancePath: instancePath + '/spec/parameters',
                    schemaPath: '#/properties/spec/properties/parameters/propertyNames/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                    message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                    schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                    parentSchema: schema11.properties.spec.properties.parameters.propertyNames,
                    data: key5,
                    propertyName: key5,
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              var valid22 = _errs75 === errors;
              if (!valid22) {
                const err77 = {
                  instancePath: instancePath + '/spec/parameters',
                  schemaPath: '#/properties/spec/properties/parameters/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key5 },
                  message: 'property name must be valid',
                  schema: schema11.properties.spec.properties.parameters.propertyNames,
                  parentSchema: schema11.properties.spec.properties.parameters,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            for (const key6 in data28) {
              let data29 = data28[key6];
              if (Array.isArray(data29)) {
                if (data29.length > 1000) {
                  const err78 = {
                    instancePath:
                      instancePath +
                      '/spec/parameters/' +
                      key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/spec/properties/parameters/additionalProperties/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 1000 },
                    message: 'must NOT have more than 1000 items',
                    schema: 1000,
                    parentSchema:
                      schema11.properties.spec.properties.parameters.additionalProperties,
                    data: data29,
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data29.length < 1) {
                  const err79 = {
                    instancePath:
                      instancePath +
                      '/spec/parameters/' +
                      key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/spec/properties/parameters/additionalProperties/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema11.properties.spec.properties.parameters.additionalProperties,
                    data: data29,
                  };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                const len3 = data29.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data30 = data29[i3];
                  if (
                    typeof data30 !== 'string' &&
                    !(typeof data30 == 'number' && isFinite(data30)) &&
                    typeof data30 !== 'boolean'
                  ) {
                    const err80 = {
                      instancePath:
                        instancePath +
                        '/spec/parameters/' +
                        key6.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/' +
                        i3,
                      schemaPath:
                        '#/properties/spec/properties/parameters/additionalProperties/items/type',
                      keyword: 'type',
                      params: {
                        type: schema11.properties.spec.properties.parameters.additionalProperties
                          .items.type,
                      },
                      message: 'must be string,number,boolean',
                      schema:
                        schema11.properties.spec.properties.parameters.additionalProperties.items
                          .type,
                      parentSchema:
                        schema11.properties.spec.properties.parameters.additionalProperties.items,
                      data: data30,
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (typeof data30 === 'string') {
                    if (func2(data30) > 4096) {
                      const err81 = {
                        instancePath:
                          instancePath +
                          '/spec/parameters/' +
                          key6.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/' +
                          i3,
                        schemaPath:
                          '#/properties/spec/properties/parameters/additionalProperties/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 4096 },
                        message: 'must NOT have more than 4096 characters',
                        schema: 4096,
                        parentSchema:
                          schema11.properties.spec.properties.parameters.additionalProperties.items,
                        data: data30,
                      };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err82 = {
                  instancePath:
                    instancePath +
                    '/spec/parameters/' +
                    key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/spec/properties/parameters/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.spec.properties.parameters.additionalProperties.type,
                  parentSchema: schema11.properties.spec.properties.parameters.additionalProperties,
                  data: data29,
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
          } else {
            const err83 = {
              instancePath: instancePath + '/spec/parameters',
              schemaPath: '#/properties/spec/properties/parameters/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.spec.properties.parameters.type,
              parentSchema: schema11.properties.spec.properties.parameters,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        let data31 = data3.historyLimit;
        if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
          if (data31.succeeded === undefined) {
            data31.succeeded = 3;
          }
          if (data31.failed === undefined) {
            data31.failed = 1;
          }
          for (const key7 in data31) {
            if (!(key7 === 'succeeded' || key7 === 'failed')) {
              const err84 = {
                instancePath: instancePath + '/spec/historyLimit',
                schemaPath: '#/properties/spec/properties/historyLimit/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key7 },
                message: 'must NOT have additional properties',
                schema: false,
                parentSchema: schema11.properties.spec.properties.historyLimit,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          let data32 = data31.succeeded;
          if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
            const err85 = {
              instancePath: instancePath + '/spec/historyLimit/succeeded',
              schemaPath: '#/properties/spec/properties/historyLimit/properties/succeeded/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.historyLimit.properties.succeeded.type,
              parentSchema: schema11.properties.spec.properties.historyLimit.properties.succeeded,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (typeof data32 == 'number' && isFinite(data32)) {
            if (data32 > 100 || isNaN(data32)) {
              const err86 = {
                instancePath: instancePath + '/spec/historyLimit/succeeded',
                schemaPath:
                  '#/properties/spec/properties/historyLimit/properties/succeeded/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
                schema: 100,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.succeeded,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data32 < 0 || isNaN(data32)) {
              const err87 = {
                instancePath: instancePath + '/spec/historyLimit/succeeded',
                schemaPath:
                  '#/properties/spec/properties/historyLimit/properties/succeeded/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.succeeded,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
          let data33 = data31.failed;
          if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            const err88 = {
              instancePath: instancePath + '/spec/historyLimit/failed',
              schemaPath: '#/properties/spec/properties/historyLimit/properties/failed/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.spec.properties.historyLimit.properties.failed.type,
              parentSchema: schema11.properties.spec.properties.historyLimit.properties.failed,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (typeof data33 == 'number' && isFinite(data33)) {
            if (data33 > 100 || isNaN(data33)) {
              const err89 = {
                instancePath: instancePath + '/spec/historyLimit/failed',
                schemaPath: '#/properties/spec/properties/historyLimit/properties/failed/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
                schema: 100,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.failed,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err90 = {
                instancePath: instancePath + '/spec/historyLimit/failed',
                schemaPath: '#/properties/spec/properties/historyLimit/properties/failed/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.spec.properties.historyLimit.properties.failed,
                data: data33,
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
            instancePath: instancePath + '/spec/historyLimit',
            schemaPath: '#/properties/spec/properties/historyLimit/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.properties.spec.properties.historyLimit.type,
            parentSchema: schema11.properties.spec.properties.historyLimit,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
      } else {
        const err92 = {
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
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
  } else {
    const err93 = {
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
      vErrors = [err93];
    } else {
      vErrors.push(err93);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
const Deployment = validate22;
const schema36 = {
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
function validate23(
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
  validate23.errors = vErrors;
  return errors === 0;
}
function validate25(
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
        parentSchema: schema22,
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
        !validate15(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
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
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate28(
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
        parentSchema: schema27,
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
        !validate19(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
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
      schema: schema27.type,
      parentSchema: schema27,
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
const pattern26 = new RegExp('^/[^\\s]*$', 'u');
function validate22(
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
        schema: schema36.required,
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
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema36.required,
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
    if (data.metadata === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
        schema: schema36.required,
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
    if (data.spec === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'spec' },
        message: "must have required property '" + 'spec' + "'",
        schema: schema36.required,
        parentSchema: schema36,
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
          parentSchema: schema36,
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
          schema: schema36.properties.kind.type,
          parentSchema: schema36.properties.kind,
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
          parentSchema: schema36.properties.kind,
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
        !validate23(data.metadata, {
          instancePath: instancePath + '/metadata',
          parentData: data,
          parentDataProperty: 'metadata',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
            schema: schema36.properties.spec.required,
            parentSchema: schema36.properties.spec,
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
          if (!func7.call(schema36.properties.spec.properties, key1)) {
            const err10 = {
              instancePath: instancePath + '/spec',
              schemaPath: '#/properties/spec/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema36.properties.spec,
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
              schema: schema20.type,
              parentSchema: schema20,
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
              params: { allowedValues: schema20.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema20.enum,
              parentSchema: schema20,
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
              parentSchema: schema21,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!pattern4.test(data8)) {
            const err27 = {
              instancePath: instancePath + '/spec/size',
              schemaPath: 'common.schema.json#/definitions/size/pattern',
              keyword: 'pattern',
              params: { pattern: '^[a-z0-9][-a-z0-9]*$' },
              message: 'must match pattern "' + '^[a-z0-9][-a-z0-9]*$' + '"',
              schema: '^[a-z0-9][-a-z0-9]*$',
              parentSchema: schema21,
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
            schema: schema21.type,
            parentSchema: schema21,
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
          !validate25(data3.git, {
            instancePath: instancePath + '/spec/git',
            parentData: data3,
            parentDataProperty: 'git',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
                parentSchema: schema25,
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
                parentSchema: schema25,
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
              schema: schema25.type,
              parentSchema: schema25,
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
          !validate28(data3.secrets, {
            instancePath: instancePath + '/spec/secrets',
            parentData: data3,
            parentDataProperty: 'secrets',
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
                parentSchema: schema33,
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
              schema: schema33.type,
              parentSchema: schema33,
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
                  parentSchema: schema34,
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
                    parentSchema: schema34.properties.pip,
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
                        parentSchema: schema34.properties.pip.items,
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
                        parentSchema: schema34.properties.pip.items,
                        data: data17,
                      };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (!pattern13.test(data17)) {
                      const err45 = {
                        instancePath: instancePath + '/spec/extraPackages/pip/' + i1,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/pip/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^(-r [^\\s]+|[^\\s]+)$' },
                        message: 'must match pattern "' + '^(-r [^\\s]+|[^\\s]+)$' + '"',
                        schema: '^(-r [^\\s]+|[^\\s]+)$',
                        parentSchema: schema34.properties.pip.items,
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
                      schema: schema34.properties.pip.items.type,
                      parentSchema: schema34.properties.pip.items,
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
                  schema: schema34.properties.pip.type,
                  parentSchema: schema34.properties.pip,
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
                    parentSchema: schema34.properties.apt,
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
                        parentSchema: schema34.properties.apt.items,
                        data: data19,
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (!pattern14.test(data19)) {
                      const err50 = {
                        instancePath: instancePath + '/spec/extraPackages/apt/' + i2,
                        schemaPath:
                          'common.schema.json#/definitions/extraPackages/properties/apt/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' },
                        message: 'must match pattern "' + '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$' + '"',
                        schema: '^[a-z0-9][a-z0-9+.-]*(=[^\\s]+)?$',
                        parentSchema: schema34.properties.apt.items,
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
                      schema: schema34.properties.apt.items.type,
                      parentSchema: schema34.properties.apt.items,
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
                  schema: schema34.properties.apt.type,
                  parentSchema: schema34.properties.apt,
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
              schema: schema34.type,
              parentSchema: schema34,
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
                parentSchema: schema29,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (!pattern9.test(data20)) {
              const err55 = {
                instancePath: instancePath + '/spec/imagePullSecret',
                schemaPath: 'common.schema.json#/definitions/imagePullSecret/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                parentSchema: schema29,
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
              schema: schema29.type,
              parentSchema: schema29,
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
            schema: schema36.properties.spec.properties.replicas.type,
            parentSchema: schema36.properties.spec.properties.replicas,
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
              parentSchema: schema36.properties.spec.properties.replicas,
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
              parentSchema: schema36.properties.spec.properties.replicas,
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
            schema: schema36.properties.spec.properties.port.type,
            parentSchema: schema36.properties.spec.properties.port,
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
              parentSchema: schema36.properties.spec.properties.port,
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
              parentSchema: schema36.properties.spec.properties.port,
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
                schema: schema36.properties.spec.properties.healthCheck.required,
                parentSchema: schema36.properties.spec.properties.healthCheck,
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
                  parentSchema: schema36.properties.spec.properties.healthCheck,
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
                    parentSchema: schema36.properties.spec.properties.healthCheck.properties.path,
                    data: data24,
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (!pattern26.test(data24)) {
                  const err66 = {
                    instancePath: instancePath + '/spec/healthCheck/path',
                    schemaPath: '#/properties/spec/properties/healthCheck/properties/path/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^/[^\\s]*$' },
                    message: 'must match pattern "' + '^/[^\\s]*$' + '"',
                    schema: '^/[^\\s]*$',
                    parentSchema: schema36.properties.spec.properties.healthCheck.properties.path,
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
                  schema: schema36.properties.spec.properties.healthCheck.properties.path.type,
                  parentSchema: schema36.properties.spec.properties.healthCheck.properties.path,
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
                  schema36.properties.spec.properties.healthCheck.properties.initialDelaySeconds
                    .type,
                parentSchema:
                  schema36.properties.spec.properties.healthCheck.properties.initialDelaySeconds,
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
                    schema36.properties.spec.properties.healthCheck.properties.initialDelaySeconds,
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
                    schema36.properties.spec.properties.healthCheck.properties.initialDelaySeconds,
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
                  schema36.properties.spec.properties.healthCheck.properties.periodSeconds.type,
                parentSchema:
                  schema36.properties.spec.properties.healthCheck.properties.periodSeconds,
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
                    schema36.properties.spec.properties.healthCheck.properties.periodSeconds,
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
                    schema36.properties.spec.properties.healthCheck.properties.periodSeconds,
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
                  schema36.properties.spec.properties.healthCheck.properties.timeoutSeconds.type,
                parentSchema:
                  schema36.properties.spec.properties.healthCheck.properties.timeoutSeconds,
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
                    schema36.properties.spec.properties.healthCheck.properties.timeoutSeconds,
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
                    schema36.properties.spec.properties.healthCheck.properties.timeoutSeconds,
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
                  schema36.properties.spec.properties.healthCheck.properties.failureThreshold.type,
                parentSchema:
                  schema36.properties.spec.properties.healthCheck.properties.failureThreshold,
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
                    schema36.properties.spec.properties.healthCheck.properties.failureThreshold,
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
                    schema36.properties.spec.properties.healthCheck.properties.failureThreshold,
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
              schema: schema36.properties.spec.properties.healthCheck.type,
              parentSchema: schema36.properties.spec.properties.healthCheck,
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
              parentSchema: schema36.properties.spec.properties.access,
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
            schema: schema36.properties.spec.properties.access.type,
            parentSchema: schema36.properties.spec.properties.access,
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
            schema: schema36.properties.spec.properties.public.type,
            parentSchema: schema36.properties.spec.properties.public,
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
          schema: schema36.properties.spec.type,
          parentSchema: schema36.properties.spec,
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
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const Group = validate31;
const schema54 = {
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
const pattern30 = new RegExp('^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$', 'u');
function validate31(
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
        schema: schema54.required,
        parentSchema: schema54,
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
        schema: schema54.required,
        parentSchema: schema54,
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
        schema: schema54.required,
        parentSchema: schema54,
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
        schema: schema54.required,
        parentSchema: schema54,
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
          parentSchema: schema54,
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
          schema: schema54.properties.kind.type,
          parentSchema: schema54.properties.kind,
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
          parentSchema: schema54.properties.kind,
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
            schema: schema54.properties.metadata.required,
            parentSchema: schema54.properties.metadata,
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
              parentSchema: schema54.properties.metadata,
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
                parentSchema: schema54.properties.metadata.properties.description,
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
              schema: schema54.properties.metadata.properties.description.type,
              parentSchema: schema54.properties.metadata.properties.description,
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
          schema: schema54.properties.metadata.type,
          parentSchema: schema54.properties.metadata,
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
            schema: schema54.properties.spec.required,
            parentSchema: schema54.properties.spec,
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
              parentSchema: schema54.properties.spec,
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
                parentSchema: schema54.properties.spec.properties.members,
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
                    parentSchema: schema54.properties.spec.properties.members.items,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (!pattern30.test(data9)) {
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
                    parentSchema: schema54.properties.spec.properties.members.items,
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
                  schema: schema54.properties.spec.properties.members.items.type,
                  parentSchema: schema54.properties.spec.properties.members.items,
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
                    parentSchema: schema54.properties.spec.properties.members,
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
              schema: schema54.properties.spec.properties.members.type,
              parentSchema: schema54.properties.spec.properties.members,
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
          schema: schema54.properties.spec.type,
          parentSchema: schema54.properties.spec,
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
      schema: schema54.type,
      parentSchema: schema54,
      data,
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
export const validators = { Job, Deployment, Group } as unknown as Record<
  'Job' | 'Deployment' | 'Group',
  ValidateFunction
>;
