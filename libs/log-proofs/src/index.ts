// The verifiable log's formats and proofs: Node's crypto only, so that an auditor's verifier needs nothing else.
export {};
