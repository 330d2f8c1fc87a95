import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { precheckMessage, uploadFailureMessage } from './uploadMessages';
import { UploadStepError } from './uploadFlow';
import { UploadPostError } from './uploadPost';

const limits = { maxSize: 20 * 1024 * 1024, contentTypes: ['application/pdf', 'image/jpeg'] };
const t = i18n.t.bind(i18n);

describe('upload messages', () => {
  it('explains refused files with the limits', () => {
    expect(precheckMessage({ ok: false, reason: 'tooLarge', maxSize: limits.maxSize }, limits, t, 'zh-CN')).toBe(
      '文件超过 20 MB 的大小限制',
    );
    expect(precheckMessage({ ok: false, reason: 'type', contentType: 'text/plain' }, limits, t, 'zh-CN')).toBe(
      '不支持该文件类型，请上传 PDF, JPG 文件',
    );
  });

  it('words each kind of failure, showing server text only where it is meant for people', () => {
    const post = (e: UploadPostError) => uploadFailureMessage(new UploadStepError('post', { cause: e }), t);
    expect(post(new UploadPostError('network'))).toContain('网络中断');
    expect(post(new UploadPostError('http', 413))).toBe('文件超过存储服务允许的大小');
    expect(post(new UploadPostError('http', 500))).toContain('HTTP 500');
    expect(post(new UploadPostError('aborted'))).toBe('已取消上传');
    const api = (code: 'BAD_USER_INPUT' | 'UNAVAILABLE' | 'INTERNAL', message: string) =>
      uploadFailureMessage(new UploadStepError('complete', { api: { code, message, extensions: { code } } }), t);
    expect(api('BAD_USER_INPUT', '文件内容与声明的类型不符')).toBe('文件内容与声明的类型不符');
    expect(api('UNAVAILABLE', 'dial tcp 10.0.0.5:9000: connection refused')).toBe('文件存储服务暂时不可用，请稍后再试。');
    expect(api('INTERNAL', 'pq: deadlock')).not.toContain('pq');
  });
});
