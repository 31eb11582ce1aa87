export { aggregateGenerator } from './aggregate/aggregate';
export type { AggregateGeneratorOptions } from './aggregate/aggregate';
export { useCaseGenerator } from './use-case/use-case';
export type { UseCaseGeneratorOptions } from './use-case/use-case';
