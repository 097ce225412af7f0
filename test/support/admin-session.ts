import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** A browser-like session against `app.inject`: keeps cookies, reads CSRF tokens from forms. */
export class AdminSession {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(
    private readonly app: FastifyInstance,
    readonly host: string,
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]*)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method: 'GET', url, headers: { host: this.host, cookie: this.cookieHeader() }, remoteAddress: this.remoteAddress });
    this.remember(response);
    return response;
  }

  /** Posts a form; the CSRF token from the last page is added unless `_csrf` is given (or null to omit it). */
  async post(url: string, form: Record<string, string | string[]>, options: { csrf?: string | null; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams();
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null) params.append('_csrf', csrf);
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) params.append(key, v);
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { host: this.host, cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
      payload: params.toString(),
      remoteAddress: this.remoteAddress,
    });
    this.remember(response);
    return response;
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/admin/login');
    const response = await this.post('/admin/login', { email, password });
    if (response.statusCode === 303) await this.get('/admin');
    return response;
  }
}
