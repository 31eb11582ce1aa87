// Runs Muster's TypeScript directly (no build step): SWC transpiles on load, honouring tsconfig paths and
// decorator metadata, which NestJS dependency injection and class-validator read through reflect-metadata.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.json');
require('reflect-metadata');
require('@swc-node/register');
