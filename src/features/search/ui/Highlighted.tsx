import type { Segment } from '@/features/search/engine'

/** Text with the query's words in <mark>: plain React text, never HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  )
}
