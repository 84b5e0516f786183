// Every invalid fixture, validated on its own, yields exactly these problems: position, field
// path and wording. A change to any of them is a change users see, so it shows up here.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRevision } from './load.js';
import { createValidator } from './validate.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/invalid/', import.meta.url));

const validator = createValidator();

const expected: [string, string[]][] = [
  [
    'access-invalid-entry.yaml',
    [
      'access-invalid-entry.yaml:9:24  spec.access[1]  "team:growth" is not a valid access entry: use an owner: user:<github-login> or group:<group-name>',
    ],
  ],
  [
    'access-unknown-group.yaml',
    [
      'access-unknown-group.yaml:16:32  spec.access[1]  group "analysts" does not exist in this revision; add a Group resource named "analysts" or fix the access entry',
    ],
  ],
  [
    'alias-bomb.yaml',
    [
      'alias-bomb.yaml:3:8  YAML aliases expand to more than 100 nodes, the limit per document (a guard against "billion laughs" alias bombs); write the values out instead of nesting aliases',
    ],
  ],
  [
    'alias-cycle.yaml',
    [
      'alias-cycle.yaml:10:11  alias *env refers to a node that contains it; a resource cannot contain itself, write the value out',
    ],
  ],
  [
    'alias-unknown-anchor.yaml',
    [
      'alias-unknown-anchor.yaml:9:8  alias *shared-env has no anchor &shared-env before it in this document; anchors do not carry over to other documents (---), so define it first or write the value out',
    ],
  ],
  [
    'api-version-wrong.yaml',
    ['api-version-wrong.yaml:2:13  apiVersion  must be "berth/v1" (got "berth/v2")'],
  ],
  [
    'command-empty-list.yaml',
    [
      'command-empty-list.yaml:9:12  spec.command  must not be empty; add at least one entry or remove the field',
    ],
  ],
  [
    'command-number.yaml',
    [
      'command-number.yaml:9:12  spec.command  must be a string or a list (got 42); a string runs under sh -c; an array is exec form',
    ],
  ],
  [
    'concurrency-policy-case.yaml',
    [
      'concurrency-policy-case.yaml:10:22  spec.concurrencyPolicy  must be one of Allow, Forbid, Replace (got "forbid"); did you mean "Forbid"?',
    ],
  ],
  [
    'cron-invalid-value.yaml',
    [
      'cron-invalid-value.yaml:9:13  spec.schedule  schedule "61 * * * *" is not a valid cron expression (constraint error, got value 61 expected range 0-59); use 5 fields (minute hour day-of-month month day-of-week), e.g. "0 2 * * *" for 02:00 every day',
    ],
  ],
  [
    'cron-reboot-macro.yaml',
    [
      'cron-reboot-macro.yaml:9:13  spec.schedule  schedule "@reboot" is not supported; use a 5-field cron expression (minute hour day-of-month month day-of-week) or one of @hourly @daily @midnight @weekly @monthly @yearly @annually',
    ],
  ],
  [
    'cron-six-fields.yaml',
    [
      'cron-six-fields.yaml:9:13  spec.schedule  schedule "0 */5 * * * *" has 6 fields, but berth schedules have minute granularity: remove the seconds field and keep 5 (minute hour day-of-month month day-of-week)',
    ],
  ],
  [
    'cron-too-few-fields.yaml',
    [
      'cron-too-few-fields.yaml:9:13  spec.schedule  schedule "0 2 *" has 3 fields; a cron expression has 5 (minute hour day-of-month month day-of-week), e.g. "0 2 * * *" for 02:00 every day',
    ],
  ],
  [
    'duplicate-key.yaml',
    [
      'duplicate-key.yaml:7:3  metadata.name  duplicate key "name", already set at line 5, column 3; remove one of them',
    ],
  ],
  [
    'duplicate-name.yaml',
    [
      'duplicate-name.yaml:13:9  metadata.name  another Job is already named "duplicate-name" (duplicate-name.yaml:2); names are unique per kind, rename one of them',
    ],
  ],
  [
    'env-reserved-name.yaml',
    [
      'env-reserved-name.yaml:11:5  spec.env.BERTH_TOKEN  "BERTH_TOKEN" is not a valid key in env: use an environment variable name: letters, digits and \'_\', not starting with a digit, not starting with BERTH_ (reserved)',
    ],
  ],
  [
    'env-value-number.yaml',
    [
      'env-value-number.yaml:10:20  spec.env.MODEL_VERSION  must be a string (got 2026.10); quote it: "2026.10"',
    ],
  ],
  [
    'git-path-escapes.yaml',
    [
      'git-path-escapes.yaml:12:13  spec.git[0].path  path "/workspace/../etc" contains a ".." segment, which could lead outside its folder; write the plain absolute path, such as /workspace/project',
    ],
  ],
  [
    'git-same-path.yaml',
    [
      'git-same-path.yaml:12:12  spec.git[1].url  checks out to /workspace/churn-model, the same folder as spec.git[0] (/workspace/churn-model); set a different path on one of them',
    ],
  ],
  [
    'git-too-many.yaml',
    ['git-too-many.yaml:10:5  spec.git  has 17 entries, over the limit of 16; remove some'],
  ],
  [
    'group-duplicate-member.yaml',
    [
      'group-duplicate-member.yaml:7:25  spec.members[2]  "alice" is listed twice (also at spec.members[0]); remove the duplicate',
    ],
  ],
  [
    'group-with-owner.yaml',
    [
      'group-with-owner.yaml:6:3  metadata.owner  unknown field "owner"; remove it or check its spelling (allowed: name, description, labels)',
    ],
  ],
  [
    'label-name-invalid.yaml',
    [
      "label-name-invalid.yaml:8:5  metadata.labels[\"-team\"]  \"-team\" is not a valid key in labels: use a label name: letters, digits, '-', '_', '.' and '/', at most 63 characters",
    ],
  ],
  [
    'missing-image.yaml',
    [
      'missing-image.yaml:8:3  spec.image  missing required field "image"; add it under spec, e.g. image: python:3.12-slim',
    ],
  ],
  [
    'missing-kind.yaml',
    [
      'missing-kind.yaml:2:1  kind  missing required field "kind"; add kind: one of Job, Deployment, Group',
    ],
  ],
  [
    'missing-owner.yaml',
    [
      'missing-owner.yaml:5:3  metadata.owner  missing required field "owner"; add it under metadata, e.g. owner: group:<group-name> or owner: user:<github-login>',
    ],
  ],
  [
    'name-too-long.yaml',
    [
      'name-too-long.yaml:5:9  metadata.name  is 54 characters long, over the limit of 52; shorten it',
    ],
  ],
  [
    'name-uppercase.yaml',
    [
      'name-uppercase.yaml:5:9  metadata.name  "Churn-API" is not a valid name: use a DNS label: lowercase letters, digits and \'-\', starting and ending with a letter or digit, at most 52 characters',
    ],
  ],
  [
    'nesting-too-deep.yaml',
    [
      'nesting-too-deep.yaml:9:42  nesting is deeper than 32 levels, the limit per document; flatten the structure',
    ],
  ],
  [
    'not-a-mapping.yaml',
    [
      'not-a-mapping.yaml:2:1  document is a list, not a mapping; a resource document is a mapping with apiVersion, kind, metadata and spec',
    ],
  ],
  [
    'owner-unknown-group.yaml',
    [
      'owner-unknown-group.yaml:6:10  metadata.owner  group "data-eng" does not exist in this revision; add a Group resource named "data-eng" or fix the owner',
    ],
  ],
  [
    'parameter-grid-too-large.yaml',
    [
      'parameter-grid-too-large.yaml:10:5  spec.parameters  the parameters make 1100 combinations (11 × 10 × 10), over the limit of 1000 runs per trigger; remove values or split the Job',
    ],
  ],
  [
    'parameter-names-collide.yaml',
    [
      'parameter-names-collide.yaml:11:5  spec.parameters.REGION  parameters "region" and "REGION" both become PARAM_REGION; rename one of them',
    ],
  ],
  [
    'parameter-no-values.yaml',
    [
      'parameter-no-values.yaml:10:20  spec.parameters.learning_rate  must not be empty; add at least one entry or remove the field',
    ],
  ],
  [
    'parameter-sets-and-grid.yaml',
    [
      'parameter-sets-and-grid.yaml:11:3  spec.parameterSets  parameterSets and parameters both choose the runs; keep parameterSets (exactly those combinations) or parameters (every combination of the grid)',
      'parameter-sets-and-grid.yaml:13:7  spec.parameterSets[1]  parameterSets[1] repeats parameterSets[0]; each set is one run, list it once',
    ],
  ],
  [
    'pipeline-cycle.yaml',
    [
      'pipeline-cycle.yaml:14:18  spec.steps[1].dependsOn  steps depend on each other in a cycle: features → train → features (→: depends on); remove one of these dependsOn entries',
    ],
  ],
  [
    'pipeline-steps.yaml',
    [
      'pipeline-steps.yaml:9:3  spec.command  a Job runs either command or steps, not both; move the command into a step or remove steps',
      'pipeline-steps.yaml:13:13  spec.steps[1].name  step name "extract" is used by steps[0] already; step names must be unique',
      'pipeline-steps.yaml:17:19  spec.steps[2].dependsOn[0]  step "train" depends on itself; remove "train"',
      'pipeline-steps.yaml:17:26  spec.steps[2].dependsOn[1]  step "train" depends on "evaluate", which is not a step of this Job (steps: extract, train)',
    ],
  ],
  [
    'port-quoted.yaml',
    ['port-quoted.yaml:9:9  spec.port  must be a whole number (got "8080"); remove the quotes'],
  ],
  [
    'port-too-low.yaml',
    [
      'port-too-low.yaml:9:9  spec.port  must be at least 1024 (got 80); choose a port between 1024 and 65535',
    ],
  ],
  [
    'public-with-access.yaml',
    [
      'public-with-access.yaml:10:11  spec.access  access has no effect on a public Deployment (anyone may call it); remove access or set public: false',
    ],
  ],
  [
    'replicas-too-many.yaml',
    [
      'replicas-too-many.yaml:9:13  spec.replicas  must be at most 100 (got 500); choose a value between 0 and 100',
    ],
  ],
  [
    'scalar-document.yaml',
    [
      'scalar-document.yaml:2:1  document is a string, not a mapping; a resource document is a mapping with apiVersion, kind, metadata and spec',
    ],
  ],
  [
    'schedule-only-field.yaml',
    [
      'schedule-only-field.yaml:9:28  spec.startingDeadlineSeconds  startingDeadlineSeconds only applies to scheduled runs, and this Job has no schedule; add a schedule or remove startingDeadlineSeconds',
    ],
  ],
  [
    'secret-entry-list.yaml',
    ['secret-entry-list.yaml:10:7  spec.secrets[0]  must be a string or a mapping (got a list)'],
  ],
  [
    'secret-entry-misspelt.yaml',
    [
      'secret-entry-misspelt.yaml:11:21  spec.secrets[1].fle  unknown field "fle" (did you mean "file"?); remove it or check its spelling (allowed: name, env, file)',
    ],
  ],
  [
    'secret-env-duplicate.yaml',
    [
      'secret-env-duplicate.yaml:11:7  spec.secrets[1]  sets API_KEY, like spec.secrets[0]; give one of them another name with env:',
    ],
  ],
  [
    'secret-env-reserved.yaml',
    [
      'secret-env-reserved.yaml:10:7  spec.secrets[0]  sets BERTH_TOKEN, but BERTH_* variables are reserved for berth; choose another name with env:',
    ],
  ],
  [
    'secret-file-escapes.yaml',
    [
      'secret-file-escapes.yaml:10:27  spec.secrets[0].file  path "/run/secrets/../../etc/cert.pem" contains a ".." segment, which could lead outside its folder; write the plain absolute path, such as /workspace/project',
    ],
  ],
  [
    'size-cpu-mismatch.yaml',
    [
      'size-cpu-mismatch.yaml:10:13  spec.hardware  hardware is cpu, but size "g4dnxlarge" has 1 GPU; choose a cpu size (medium, large, xlarge, 2xlarge, 4xlarge, 8xlarge) or set hardware: gpu',
    ],
  ],
  [
    'size-gpu-mismatch.yaml',
    [
      'size-gpu-mismatch.yaml:10:13  spec.hardware  hardware is gpu, but size "medium" has no GPU; choose a gpu size (g4dnxlarge, g4dn4xlarge, p38xlarge) or set hardware: cpu',
    ],
  ],
  [
    'size-unknown.yaml',
    [
      'size-unknown.yaml:9:9  spec.size  unknown size "huge"; use one of medium, large, xlarge, 2xlarge, 4xlarge, 8xlarge, g4dnxlarge, g4dn4xlarge, p38xlarge',
    ],
  ],
  ['spec-empty.yaml', ['spec-empty.yaml:7:1  spec  must be a mapping (got an empty value)']],
  [
    'starting-deadline-too-short.yaml',
    [
      'starting-deadline-too-short.yaml:10:28  spec.startingDeadlineSeconds  must be at least 10 (got 5); berth looks for due runs every few seconds, so a shorter starting deadline would skip runs that start a little late; choose a value between 10 and 31622400',
    ],
  ],
  [
    'syntax-error.yaml',
    [
      'syntax-error.yaml:10:3  invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ],
  [
    'tab-indentation.yaml',
    ['tab-indentation.yaml:8:1  invalid YAML: tabs are not allowed as indentation'],
  ],
  [
    'time-zone-unknown.yaml',
    [
      'time-zone-unknown.yaml:10:13  spec.timeZone  unknown time zone "Europe/Berln"; use an IANA time zone such as Europe/Berlin, America/New_York or UTC; did you mean "Europe/Berlin"?',
    ],
  ],
  [
    'unknown-field.yaml',
    [
      'unknown-field.yaml:9:3  spec.replica  unknown field "replica" (did you mean "replicas"?); remove it or check its spelling (allowed: image, command, hardware, size, git, workingDir, env, secrets, startScript, extraPackages, imagePullSecret, replicas, port, healthCheck, access, public)',
    ],
  ],
  [
    'unknown-kind.yaml',
    [
      'unknown-kind.yaml:3:7  kind  unknown kind "Deploy" (did you mean "Deployment"?); use one of Job, Deployment, Group',
    ],
  ],
  ['working-dir-empty.yaml', ['working-dir-empty.yaml:9:15  spec.workingDir  must not be empty']],
  [
    'working-dir-escapes.yaml',
    [
      'working-dir-escapes.yaml:12:15  spec.workingDir  workingDir "../../etc" leads outside the first git checkout (/workspace/churn-model); use a path inside it or an absolute path',
    ],
  ],
  [
    'working-dir-relative-without-git.yaml',
    [
      'working-dir-relative-without-git.yaml:9:15  spec.workingDir  workingDir "notebooks" is relative, but there is no git entry for it to be relative to; use an absolute path or add a git entry',
    ],
  ],
];

describe('invalid fixtures', () => {
  it('has a row for every fixture file', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.yaml'));
    expect(expected.map(([file]) => file).sort()).toEqual(files.sort());
  });

  it.each(expected)('%s is reported exactly', async (file, lines) => {
    const revision = await loadRevision(`${fixtures}${file}`, { validator });
    const actual = revision.problems.map((p) =>
      [`${p.file}:${p.line}:${p.col}`, p.path, p.message].filter((part) => part !== '').join('  '),
    );
    expect(actual).toEqual(lines);
  });
});
