import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the server's schema files and from the documents written
// with graphql() in src/, so a schema change that breaks a query or a field
// the app uses fails `npm run build`. HATCHERY_SCHEMA may point elsewhere
// (for example a schema checked out from another branch).
const schema = process.env.HATCHERY_SCHEMA ?? '../graph/*.graphqls';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  errorsOnly: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        strictScalars: true,
        scalars: {
          ID: 'string',
          Time: 'string',
          Cursor: 'string',
          Map: 'Record<string, unknown>',
          Money: 'string',
          Date: 'string',
          Upload: 'File',
        },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
