import { entryOf, invokeArgs, PROJECT_HOOK, type ProjectChoices } from './project-choices.js'

/** The new project's README: its two commands first, then what is where and how to run it. */
export function projectReadme(choices: ProjectChoices): string {
  const what = choices.flavour.kind === 'connector' ? `a connector (\`_connectorId\` ${choices.flavour.id})` : 'a DIY integration'
  const host = choices.host === 'lambda' ? 'AWS Lambda' : 'Express'
  const run =
    choices.host === 'lambda'
      ? [
          '`npm start` builds and calls the hook through the Lambda handler, as integrator.io would',
          `(\`integrator-extension invoke ${invokeArgs(choices)}\`), and prints its result.`,
          '',
          '`npm run package` writes `dist/lambda.zip` (Handler: `index.handler`) and, beside it, an AWS SAM',
          '`dist/template.yaml`: the function and an IAM user with an access key allowed only to invoke it',
          '(its secret in Secrets Manager), which is what integrator.io needs. Deploy with',
          '`sam deploy --guided --template-file dist/template.yaml --capabilities CAPABILITY_IAM`.',
        ]
      : [
          '`npm start` builds and serves the functions on http://127.0.0.1:8080 (`POST /function`), and',
          'prints a system token and a `curl` to call the hook. `npm run invoke` calls the hook in-process',
          `with \`${PROJECT_HOOK.fixture}\`. In production: \`SYSTEM_TOKEN=... PORT=8080 node dist/src/main.js\`.`,
        ]
  return [
    `# ${choices.name}`,
    '',
    `integrator.io extension functions: ${what}, hosted on ${host} by integrator-extension.`,
    '',
    '```sh',
    'npm install',
    'npm test',
    '```',
    '',
    ...run,
    '',
    '## What is where',
    '',
    "- `src/orders.ts`: the decorated class: `@Hook('preSavePage') tagOrders` (typed against the",
    "  preSavePage contract) and `@Wrapper('ping') ping`; `OrderTagger` is injected into it.",
    '- `src/order-tagger.ts`: the service. `src/app.module.ts`: the `@Module` that lists both.',
    choices.host === 'lambda'
      ? '- `src/handler.ts`: `export const handler = bootstrap(AppModule).lambda()`.'
      : '- `src/main.ts`: the production server (`bootstrap(AppModule).express(...)`).',
    '- `test/orders.test.ts`: mocha tests that replace `OrderTagger` with `override()` and call the',
    '  functions in-process with `app.invoke()`.',
    `- \`${PROJECT_HOOK.fixture}\`: a realistic page, from \`npx integrator-extension fixture preSavePage\`;`,
    '  `fixture <kind>` prints one for every kind (`ping`, `preMap`, `persistSettings`, ...).',
    '',
    `Other commands: \`npx integrator-extension list ${entryOf(choices.host)}\` lists the functions;`,
    '`npx integrator-extension --help` shows the rest.',
    '',
  ].join('\n')
}
