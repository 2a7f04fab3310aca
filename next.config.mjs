import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets parallel builds (e.g. two working copies' test runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Public pages make no third-party requests; images are served from our own origin only.
  images: { unoptimized: true },
  // The seed renders PDF and Word files at start-up; these read their own data files from node_modules.
  serverExternalPackages: ['pdfkit', 'docx'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
