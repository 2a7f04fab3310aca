import { notFound } from 'next/navigation'

/** Nothing lives deeper than a topic: /themas/a/b/c gets the Dutch 404 page rather than Next's default one. */
export default function Deeper() {
  notFound()
}
