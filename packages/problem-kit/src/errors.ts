/** Errors of the problem format, each with a stable code a caller can branch on. */
export class ShousiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A problem folder breaks the format: names the file and the field at fault. */
export class ProblemFormatError extends ShousiError {
  constructor(readonly file: string, message: string) {
    super('SHOUSI_PROBLEM_FORMAT', `${file}: ${message}`);
  }
}

export class ProblemNotFoundError extends ShousiError {
  constructor(readonly slug: string) {
    super('SHOUSI_PROBLEM_NOT_FOUND', `no problem with slug "${slug}" (run \`shousi list\` to see them all)`);
  }
}

/** A test or custom input that breaks the problem's constraints. */
export class InvalidInputError extends ShousiError {
  constructor(message: string) {
    super('SHOUSI_INVALID_INPUT', message);
  }
}
