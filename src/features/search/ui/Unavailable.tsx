/** Shown instead of a list when the index cannot be read (the database is unreachable): a page, not a 500. */
export function Unavailable({ what }: { what: string }) {
  return (
    <div role="alert">
      <p>
        <strong>{what} kunnen op dit moment niet getoond worden.</strong> Probeer het over enkele ogenblikken opnieuw.
      </p>
    </div>
  )
}
