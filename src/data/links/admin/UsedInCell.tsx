import type { DefaultCellComponentProps } from 'payload'

type Use = { collection?: string; docId?: string; title?: string; field?: string }

/** The list column "Gebruikt in": each document that uses the link, as a link to edit it, with the field. */
export function UsedInCell({ cellData }: DefaultCellComponentProps) {
  const uses = Array.isArray(cellData) ? (cellData as Use[]) : []
  if (uses.length === 0) return <span>—</span>
  return (
    <ul style={{ margin: 0, paddingLeft: '1rem' }}>
      {uses.map((use) => (
        <li key={`${use.collection}-${use.docId}-${use.field}`}>
          <a href={`/admin/collections/${use.collection}/${use.docId}`}>{use.title}</a> ({use.field})
        </li>
      ))}
    </ul>
  )
}
