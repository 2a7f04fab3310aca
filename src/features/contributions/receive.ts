/**
 * Reads a request to /bijdragen/verzenden into a checked contribution, or the Dutch answer that refuses it: too large,
 * not a readable form, a field or file the rules refuse. Takes a plain Request and touches no database, so the route
 * handler stays thin and integration tests send real multipart bodies through exactly this code.
 */
import { checkContributionFile, type CheckedFile } from './file'
import { chosenFile, formFields, maxFileBytes, validateContribution, type Contribution } from './validate'
import type { ContributionState, GeneralProblem } from './ui/state'

/** The text of the longest valid form is about 8 kB; one text field longer than this is no form a person typed. */
const MAX_TEXT_BYTES = 64 * 1024
/** The largest body: the largest file plus the text and a little room for multipart overhead, nothing more. */
export const MAX_BODY_BYTES = maxFileBytes + MAX_TEXT_BYTES

export type Reception =
  | { outcome: 'checked'; contribution: Contribution; file: CheckedFile | null; values: Record<string, string> }
  /** The hidden field was filled in: a script. It is told all went well, and nothing is stored. */
  | { outcome: 'trap'; title: string }
  | { outcome: 'refused'; state: ContributionState & { status: 'fout' }; httpStatus: number }

const refuse = (problem: GeneralProblem, httpStatus: number, values: Record<string, string> = {}): Reception => ({
  outcome: 'refused',
  state: { status: 'fout', errors: {}, problem, values },
  httpStatus,
})

export const receiveContribution = async (request: Request): Promise<Reception> => {
  // Refused before it is read: a body without a length (chunked) or a longer one than any valid form.
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (!(length <= MAX_BODY_BYTES)) return refuse('te-groot', 413)
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    // Not a form, or a broken multipart body (a cut-off part, a wrong boundary).
    return refuse('onleesbaar', 400)
  }
  const input = formFields(form)
  if (Object.values(input).some((value) => value.length > MAX_TEXT_BYTES)) return refuse('te-groot', 413)
  if (input.website) return { outcome: 'trap', title: input.titel ?? '' }
  const file = chosenFile(form)
  // The same schema the form ran in the browser, run again here: only this check counts.
  const checked = validateContribution(input, file)
  if (!checked.ok) return { outcome: 'refused', state: { status: 'fout', errors: checked.errors, values: checked.values }, httpStatus: 422 }
  if (!file) return { outcome: 'checked', contribution: checked.contribution, file: null, values: checked.values }
  // Then what the browser cannot check: whether the bytes are what the name says.
  const content = await checkContributionFile(file)
  if (!content.ok) return { outcome: 'refused', state: { status: 'fout', errors: { bestand: content.message }, values: checked.values }, httpStatus: 422 }
  return { outcome: 'checked', contribution: checked.contribution, file: content.file, values: checked.values }
}
