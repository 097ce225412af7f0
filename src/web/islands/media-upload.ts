/**
 * The media library's upload form, enhanced: drop files on it (or pick them as before) and each
 * is sent on its own request, one after the other, with its progress and outcome listed in a live
 * region; the library's list is then reloaded in place. One file per request keeps a slow or
 * broken connection from losing a whole batch. Without this script the same form posts every file
 * at once and the server redirects back with a notice. Words come from the page
 * (`data-media-upload`); `{filename}` in them is replaced here.
 */
interface UploadLabels {
  drop: string;
  dropActive: string;
  uploading: string;
  stored: string;
  duplicate: string;
  failed: string;
  done: string;
}

interface UploadResult {
  filename: string;
  ok: boolean;
  id?: number;
  duplicate?: boolean;
  error?: { code: string; message: string };
}

export function enhanceMediaUpload(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('form');
  const input = form?.querySelector<HTMLInputElement>('input[type="file"]');
  const token = form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value;
  const list = section.querySelector<HTMLOListElement>('[data-media-upload-list]');
  if (!form || !input || !token || !list) return;
  const labels = JSON.parse(section.dataset.mediaUpload ?? '{}') as UploadLabels;

  const zone = document.createElement('p');
  zone.className = 'media-upload__zone';
  zone.textContent = labels.drop;
  form.before(zone);
  section.classList.add('media-upload--enhanced');

  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  const setDragging = (dragging: boolean) => {
    section.classList.toggle('media-upload--dragging', dragging);
    zone.textContent = dragging ? labels.dropActive : labels.drop;
  };
  section.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(true);
  });
  section.addEventListener('dragleave', (event) => {
    if (!section.contains(event.relatedTarget as Node | null)) setDragging(false);
  });
  section.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    void uploadAll([...(event.dataTransfer?.files ?? [])]);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void uploadAll([...(input.files ?? [])]);
  });

  let busy = false;
  async function uploadAll(files: File[]): Promise<void> {
    if (busy || files.length === 0) return;
    busy = true;
    list!.hidden = false;
    list!.replaceChildren();
    const rows = files.map((file) => {
      const row = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'media-upload__name';
      name.textContent = file.name;
      const progress = document.createElement('progress');
      progress.max = 100;
      progress.value = 0;
      progress.setAttribute('aria-label', file.name);
      const status = document.createElement('span');
      status.className = 'media-upload__status';
      row.append(name, ' ', progress, ' ', status);
      list!.append(row);
      return { file, row, name, progress, status };
    });
    let stored = 0;
    for (const row of rows) {
      row.status.textContent = labels.uploading;
      const result = await send(row.file, row.progress);
      row.progress.value = 100;
      row.row.dataset.outcome = !result ? 'failed' : !result.ok ? 'refused' : result.duplicate ? 'duplicate' : 'stored';
      if (result?.ok && result.id) {
        stored++;
        const link = document.createElement('a');
        link.href = `/admin/media/${result.id}`;
        link.textContent = row.file.name;
        row.name.replaceChildren(link);
      }
      row.status.textContent = !result ? labels.failed : !result.ok ? (result.error?.message ?? labels.failed) : result.duplicate ? labels.duplicate : labels.stored;
    }
    form!.reset();
    if (stored > 0) await reloadResults();
    const done = document.createElement('li');
    done.textContent = labels.done;
    list!.append(done);
    busy = false;
  }

  /** Sends one file; resolves to its result, or null when the request failed (network, 403, 5xx). */
  function send(file: File, progress: HTMLProgressElement): Promise<UploadResult | null> {
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open('POST', form!.action);
      request.setRequestHeader('x-csrf-token', token!);
      request.setRequestHeader('accept', 'application/json');
      request.responseType = 'json';
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
      });
      request.addEventListener('load', () => {
        const results = (request.response as { results?: UploadResult[] } | null)?.results;
        resolve(request.status === 200 && results?.[0] ? results[0] : null);
      });
      request.addEventListener('error', () => resolve(null));
      request.addEventListener('abort', () => resolve(null));
      const body = new FormData();
      body.append('files', file, file.name);
      request.send(body);
    });
  }

  /** Replaces the list (count, cards, pages) with the server's, so new files show without a reload. */
  async function reloadResults(): Promise<void> {
    const current = document.querySelector('[data-media-results]');
    if (!current) return;
    try {
      const response = await fetch(location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('[data-media-results]');
      if (fresh) current.replaceWith(document.importNode(fresh, true));
    } catch {
      // The files are stored; the list is only stale until the next page load.
    }
  }
}
