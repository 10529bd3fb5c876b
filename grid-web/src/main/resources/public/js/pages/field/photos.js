// The record's photos: read once into bytes (not a reference to a file that may be gone when the
// record is sent), named by their SHA-256, within the server's limits.

import { sha256Hex } from '../../components/digest.js';
import { element } from '../../components/dom.js';
import { t } from '../../i18n/index.js';
import { elements, state } from './state.js';
import { formatBytes } from './units.js';

/** The server's limits: per photo and per record. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_RECORD_PHOTO_BYTES = 30 * 1024 * 1024;

export async function addPhotos(files) {
  const form = state.form;
  if (!form || files.length === 0) {
    return;
  }
  const problems = [];
  form.hashing += 1;
  elements.submit.disabled = true;
  try {
    for (const file of files) {
      if (file.size > MAX_PHOTO_BYTES) {
        problems.push(t('record.photos.tooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(MAX_PHOTO_BYTES) }));
        continue;
      }
      const buffer = await file.arrayBuffer();
      const sha256 = await sha256Hex(buffer);
      if (state.form !== form) {
        return;
      }
      if (form.photos.some((photo) => photo.sha256 === sha256)) {
        continue; // the same photo picked twice
      }
      // the bytes themselves, not a reference to a file that may be gone when the record is sent
      const blob = new Blob([buffer], { type: file.type });
      form.photos.push({ sha256, name: file.name, type: file.type, size: file.size, blob, url: URL.createObjectURL(blob) });
    }
  } catch (error) {
    problems.push(t('record.photos.unreadable', { detail: String(error?.message ?? error) }));
  } finally {
    form.hashing -= 1;
    if (state.form === form) {
      elements.submit.disabled = form.hashing > 0;
    }
  }
  elements.photos.value = '';
  elements.photoError.hidden = problems.length === 0;
  elements.photoError.textContent = problems.join(t('common.sentenceSeparator'));
  renderPhotos();
}

export function renderPhotos() {
  const form = state.form;
  if (!form) {
    return;
  }
  elements.photoList.replaceChildren(...form.photos.map((photo) => {
    const image = element('img', { className: 'photo-thumb' });
    image.src = photo.url;
    image.alt = photo.name;
    image.loading = 'lazy';
    const remove = element('button', { className: 'button button-small button-danger', text: t('record.photos.remove') });
    remove.type = 'button';
    remove.addEventListener('click', () => {
      URL.revokeObjectURL(photo.url);
      form.photos = form.photos.filter((other) => other !== photo);
      renderPhotos();
    });
    const item = element('li', { className: 'photo-item' }, image,
      element('span', { className: 'photo-name', text: photo.name }),
      element('span', { className: 'muted photo-size', text: formatBytes(photo.size) }), remove);
    item.dataset.sha256 = photo.sha256;
    return item;
  }));
}
