import type { YamlValue } from './yaml.js'

/**
 * The Lambda runtimes a new function can be created with. The handler also runs on nodejs20.x,
 * but AWS deprecated it on 2026-04-30 and refuses to create functions with it since 2026-06-01.
 */
export const LAMBDA_RUNTIMES = ['nodejs22.x', 'nodejs24.x'] as const
export type LambdaRuntime = (typeof LAMBDA_RUNTIMES)[number]
export const DEFAULT_RUNTIME: LambdaRuntime = 'nodejs22.x'
export const DEFAULT_MEMORY_MB = 512
/**
 * integrator.io waits about 5 minutes for an answer; callTimeout (290 s) answers a stuck call with
 * `function_timeout` before then, and the handler also cuts 500 ms before this deadline
 * (docs/operations.md, "On Lambda"). A longer timeout would only be waited on by nobody.
 */
export const FUNCTION_TIMEOUT_S = 300

export interface SamTemplateOptions {
  /** The zip's path relative to the template (they are written side by side). */
  codeUri: string
  runtime: LambdaRuntime
  memoryMb: number
}

const getAtt = (resource: string, attribute: string) => ({ 'Fn::GetAtt': [resource, attribute] })
const ref = (name: string) => ({ Ref: name })

/**
 * An AWS SAM template: the function, and what integrator.io needs to call it: an IAM user whose
 * only right is lambda:InvokeFunction on this function, and its access key. The key's secret goes
 * to Secrets Manager, never to the stack's outputs (which anyone with DescribeStacks can read).
 */
export function samTemplate(options: SamTemplateOptions): YamlValue {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: 'integrator.io extension functions (integrator-extension), and the IAM user integrator.io invokes them with.',
    Resources: {
      ExtensionFunction: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          CodeUri: options.codeUri,
          Handler: 'index.handler',
          Runtime: options.runtime,
          Timeout: FUNCTION_TIMEOUT_S,
          MemorySize: options.memoryMb,
          Environment: { Variables: { NODE_ENV: 'production' } },
        },
      },
      IntegratorInvokeUser: {
        Type: 'AWS::IAM::User',
        Properties: {
          Policies: [
            {
              PolicyName: 'invoke-extension-function',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 'lambda:InvokeFunction',
                    // The function, and its versions and aliases (e.g. a `live` alias integrator.io may name).
                    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax, not a JS template
                    Resource: [getAtt('ExtensionFunction', 'Arn'), { 'Fn::Sub': '${ExtensionFunction.Arn}:*' }],
                  },
                ],
              },
            },
          ],
        },
      },
      IntegratorInvokeKey: {
        Type: 'AWS::IAM::AccessKey',
        Properties: { UserName: ref('IntegratorInvokeUser') },
      },
      IntegratorInvokeKeySecret: {
        Type: 'AWS::SecretsManager::Secret',
        Properties: {
          Description: 'The access key integrator.io invokes the extension function with (enter both in its AWS connection).',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax, not a JS template
          SecretString: { 'Fn::Sub': '{"accessKeyId":"${IntegratorInvokeKey}","secretAccessKey":"${IntegratorInvokeKey.SecretAccessKey}"}' },
        },
      },
    },
    Outputs: {
      FunctionName: { Description: 'The function name to give integrator.io.', Value: ref('ExtensionFunction') },
      FunctionArn: { Description: 'The function ARN.', Value: getAtt('ExtensionFunction', 'Arn') },
      Region: { Description: 'The region to give integrator.io.', Value: ref('AWS::Region') },
      AccessKeyId: { Description: 'The access key id to give integrator.io.', Value: ref('IntegratorInvokeKey') },
      AccessKeySecretArn: {
        Description: 'Where the secret access key is: aws secretsmanager get-secret-value --secret-id <this>.',
        Value: ref('IntegratorInvokeKeySecret'),
      },
    },
  }
}
