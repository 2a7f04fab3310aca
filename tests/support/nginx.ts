/**
 * Debian's nginx for tests and benchmarks, in the foreground as the current user, with everything (pid, logs, temp
 * files, cache) in a temporary folder: `startNginx` runs a given http-level configuration, `deployConfig` renders
 * deploy/nginx/toolbox.conf — the file operators install — with a test's listen port, app instances and cache folder.
 */
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, root } from './app'

export const nginxPath = '/usr/sbin/nginx'

/** Installs nginx from Debian when it is missing (scripts/ensure-debian.sh). */
export const ensureNginx = () => execFileSync('bash', [path.join(root, 'scripts/ensure-debian.sh'), nginxPath, 'nginx'], { stdio: 'inherit' })

const replaceOnce = (text: string, pattern: RegExp, replacement: string) => {
  if (!pattern.test(text)) throw new Error(`deploy/nginx/toolbox.conf no longer has ${pattern}: update tests/support/nginx.ts`)
  return text.replace(pattern, replacement)
}

/** deploy/nginx/toolbox.conf with the listen address, the app instances and the cache folder of this run. */
export const deployConfig = ({ port, upstreams, cacheDir }: { port: number; upstreams: string[]; cacheDir: string }) => {
  let conf = readFileSync(path.join(root, 'deploy/nginx/toolbox.conf'), 'utf8')
  const servers = upstreams.map((url) => `    server ${new URL(url).host} max_fails=3 fail_timeout=10s;`).join('\n')
  conf = replaceOnce(conf, /(upstream toolbox_app \{\n)(?:.*\n)*?(    keepalive)/, `$1${servers}\n$2`)
  conf = replaceOnce(conf, /proxy_cache_path \/var\/cache\/nginx\/toolbox /, `proxy_cache_path ${cacheDir} `)
  conf = replaceOnce(conf, /listen 80;/, `listen 127.0.0.1:${port};`)
  return conf
}

export interface RunningNginx {
  baseURL: string
  dir: string
  stop: () => Promise<void>
}

/**
 * nginx with `http` (a function of its port and working folder) inside its http block. Resolves once `readyPath`
 * answers through it.
 */
export const startNginx = async (http: (port: number, dir: string) => string, readyPath = '/'): Promise<RunningNginx> => {
  ensureNginx()
  const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-nginx-'))
  chmodSync(dir, 0o755)
  const port = await freePort()
  // As root, nginx would hand its workers to `nobody`; keep them with the current user like everything else here.
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${http(port, dir)}
}
`,
  )
  const nginx = spawn(nginxPath, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] })
  const exited = new Promise<void>((resolve) => nginx.on('exit', () => resolve()))
  const baseURL = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (nginx.exitCode === null) nginx.kill('SIGQUIT')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) {
      const log = readFileSync(path.join(dir, 'error.log'), 'utf8')
      await stop()
      throw new Error(`nginx exited (code ${nginx.exitCode}):\n${log}`)
    }
    try {
      if ((await fetch(`${baseURL}${readyPath}`)).ok) break
    } catch {
      // not listening yet
    }
    if (i === 100) {
      await stop()
      throw new Error(`nginx did not answer ${readyPath} on ${baseURL}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { baseURL, dir, stop }
}

/** deploy/nginx/toolbox.conf in front of the given app instances. */
export const startDeployNginx = (upstreams: string[]) =>
  startNginx((port, dir) => deployConfig({ port, upstreams, cacheDir: path.join(dir, 'cache') }), '/healthz')
