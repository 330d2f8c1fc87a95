import { describe, expect, it } from 'vitest';
import { acceptAttribute, acceptedExtensions, contentTypeOf, precheckFile, previewKind } from './fileChecks';

const limits = {
  maxSize: 20 * 1024 * 1024,
  contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

describe('file checks before upload', () => {
  it('takes the browser’s type, or the extension’s when the browser gives none', () => {
    expect(contentTypeOf({ name: 'a.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(contentTypeOf({ name: '登记证书.PDF', type: '' })).toBe('application/pdf');
    expect(contentTypeOf({ name: 'photo.jpeg', type: 'application/octet-stream' })).toBe('image/jpeg');
    expect(contentTypeOf({ name: 'README', type: '' })).toBe('');
  });

  it('accepts a file of an accepted type up to exactly the limit', () => {
    expect(precheckFile({ name: 'a.pdf', type: 'application/pdf', size: limits.maxSize }, limits)).toEqual({
      ok: true,
      contentType: 'application/pdf',
    });
  });

  it('refuses a file one byte over the limit', () => {
    expect(precheckFile({ name: 'a.pdf', type: 'application/pdf', size: limits.maxSize + 1 }, limits)).toEqual({
      ok: false,
      reason: 'tooLarge',
      maxSize: limits.maxSize,
    });
  });

  it('refuses a type the server does not list, before looking at the size', () => {
    expect(precheckFile({ name: 'run.exe', type: 'application/x-msdownload', size: 10 }, limits)).toEqual({
      ok: false,
      reason: 'type',
      contentType: 'application/x-msdownload',
    });
    expect(precheckFile({ name: 'a.docx', type: '', size: 10 }, limits)).toMatchObject({ ok: false, reason: 'type' });
  });

  it('refuses an empty file', () => {
    expect(precheckFile({ name: 'a.png', type: 'image/png', size: 0 }, limits)).toEqual({ ok: false, reason: 'empty' });
  });

  it('builds the picker filter and the hint from the limits', () => {
    expect(acceptAttribute(limits).split(',')).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      '.pdf',
      '.jpg',
      '.jpeg',
      '.png',
    ]);
    expect(acceptedExtensions(limits)).toEqual(['PDF', 'JPG', 'PNG']);
  });

  it('previews images and PDF only', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('application/vnd.ms-excel')).toBeNull();
  });
});
