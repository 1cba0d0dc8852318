/** Faults of the judge itself (never of a submission), each with a stable code. */
import { ShousiError } from '@shousi/problem-kit';

/** The reference solution failed on a test: the problem is broken, not the submission. */
export class ReferenceFailedError extends ShousiError {
  constructor(readonly slug: string, readonly test: string, detail: string) {
    super('SHOUSI_REFERENCE_FAILED', `${slug}: the reference solution failed on test "${test}": ${detail}`);
  }
}
