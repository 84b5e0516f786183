// Generated from schemas/*.schema.json by scripts/gen-types.mjs. Do not edit: change the schema
// and run `npm run gen:types`.

export type Resource = Deployment | Job | Group;
/**
 * the berth resource format version
 */
export type ApiVersion = 'berth/v1';
/**
 * a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 52 characters
 */
export type Name = string;
/**
 * an owner: user:<github-login> or group:<group-name>
 */
export type Owner = string;
/**
 * an image reference without spaces, such as registry.example.com/team/model:1.2 or name@sha256:<digest>
 */
export type Image = string;
/**
 * a string runs under sh -c; an array is exec form
 */
export type Command = string | [string, ...string[]];
export type Hardware = 'cpu' | 'gpu';
/**
 * a size name such as medium, large or g4dnxlarge
 */
export type Size = string;
/**
 * an absolute path inside the container, such as /workspace/project
 */
export type AbsolutePath = string;
/**
 * @maxItems 16
 */
export type GitSources = Git[];
/**
 * an absolute path, or a path relative to the first git path
 */
export type WorkingDir = string;
export type SecretRef =
  | SecretName
  | {
      name: SecretName;
      env?: EnvName;
      file?: AbsolutePath;
    };
/**
 * a secret name: letters, digits and '_', not starting with a digit
 */
export type SecretName = string;
/**
 * an environment variable name: letters, digits and '_', not starting with a digit
 */
export type EnvName = string;
/**
 * @maxItems 128
 */
export type Secrets = SecretRef[];
export type StartScript = string;
export type ParameterValue = string | number | boolean;

/**
 * A long-running process that serves HTTP on `port` (SPEC §1.2).
 */
export interface Deployment {
  apiVersion: ApiVersion;
  kind: 'Deployment';
  metadata: OwnedMetadata;
  spec: {
    image: Image;
    command?: Command;
    hardware?: Hardware;
    size?: Size;
    git?: GitSources;
    workingDir?: WorkingDir;
    env?: Env;
    secrets?: Secrets;
    startScript?: StartScript;
    extraPackages?: ExtraPackages;
    imagePullSecret?: SecretName;
    replicas?: number;
    port?: number;
    healthCheck?: {
      /**
       * an HTTP path starting with /, such as /health
       */
      path: string;
      initialDelaySeconds?: number;
      periodSeconds?: number;
      timeoutSeconds?: number;
      failureThreshold?: number;
    };
    /**
     * @maxItems 256
     */
    access?: Owner[];
    public?: boolean;
  };
}
export interface OwnedMetadata {
  name: Name;
  owner: Owner;
  description?: string;
  labels?: Labels;
}
/**
 * free-form labels, name to string value
 */
export interface Labels {
  [k: string]: string | undefined;
}
export interface Git {
  /**
   * an HTTPS URL of a git repository
   */
  url: string;
  /**
   * a branch, tag or commit
   */
  ref: string;
  path?: AbsolutePath;
}
export interface Env {
  [k: string]: string | undefined;
}
export interface ExtraPackages {
  /**
   * @maxItems 256
   *
   * Items: a pip requirement without spaces, such as pandas==2.2.3, or -r <file> for a requirements file of the first git snapshot
   */
  pip?: string[];
  /**
   * @maxItems 256
   *
   * Items: a Debian package name
   */
  apt?: string[];
}
/**
 * A process that runs to completion; exit code 0 is success (SPEC §1.3).
 */
export interface Job {
  apiVersion: ApiVersion;
  kind: 'Job';
  metadata: OwnedMetadata;
  spec: {
    image: Image;
    command?: Command;
    /**
     * a pipeline: steps run in dependency order, independent steps in parallel, sharing /workspace/run (instead of command)
     *
     * @minItems 1
     * @maxItems 50
     */
    steps?: [PipelineStep, ...PipelineStep[]];
    hardware?: Hardware;
    size?: Size;
    git?: GitSources;
    workingDir?: WorkingDir;
    env?: Env;
    secrets?: Secrets;
    startScript?: StartScript;
    extraPackages?: ExtraPackages;
    imagePullSecret?: SecretName;
    /**
     * a 5-field cron expression or one of @hourly @daily @midnight @weekly @monthly @yearly @annually
     */
    schedule?: string;
    /**
     * an IANA time zone such as Europe/Berlin
     */
    timeZone?: string;
    concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
    backoffLimit?: number;
    activeDeadlineSeconds?: number;
    startingDeadlineSeconds?: number;
    suspend?: boolean;
    parameters?: ParameterGrid;
    /**
     * exactly these parameter combinations, one run each (instead of the grid of parameters)
     *
     * @minItems 1
     * @maxItems 1000
     */
    parameterSets?: [
      {
        [k: string]: ParameterValue | undefined;
      },
      ...{
        [k: string]: ParameterValue | undefined;
      }[],
    ];
    historyLimit?: {
      succeeded?: number;
      failed?: number;
    };
  };
}
export interface PipelineStep {
  /**
   * a step name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 40 characters
   */
  name: string;
  command: Command;
  /**
   * @maxItems 50
   */
  dependsOn?: string[];
  parameters?: ParameterGrid;
  image?: Image;
  size?: Size;
  env?: Env;
}
/**
 * a parameter grid: each name to its list of values; one run per combination
 */
export interface ParameterGrid {
  /**
   * @minItems 1
   * @maxItems 1000
   */
  [k: string]: [ParameterValue, ...ParameterValue[]] | undefined;
}
/**
 * A named set of GitHub logins that can own resources (SPEC §1.5).
 */
export interface Group {
  apiVersion: ApiVersion;
  kind: 'Group';
  metadata: {
    name: Name;
    description?: string;
    labels?: Labels;
  };
  spec: {
    /**
     * @maxItems 1000
     *
     * Items: a GitHub login
     */
    members: string[];
  };
}
