import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Public pages make no third-party requests; images are served from our own origin only.
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
