// The name search corpus and its judge: for specs and benchmarks, never for production code.
export { NAME_PARTS, bears, corpusPeople, nameSearchCorpus } from './corpus/corpus';
export type { Corpus, CorpusPerson, CorpusQuery, Gap, NamePart, NearMiss, OrderingCheck } from './corpus/corpus';
export { evaluateCorpus } from './corpus/evaluate';
export type { CorpusReport, CorpusSearch, TargetMiss } from './corpus/evaluate';
