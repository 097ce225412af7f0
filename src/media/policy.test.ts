import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../accounts/policy.ts';
import { canEditMediaTexts, canSeeMedia } from './policy.ts';

const editorOf = (siteId: number): Actor => ({ userId: 7, isNetworkAdmin: false, roles: new Map([[siteId, 'editor']]) });
const contributorOf = (siteId: number): Actor => ({ userId: 8, isNetworkAdmin: false, roles: new Map([[siteId, 'contributor']]) });
const networkAdmin: Actor = { userId: 1, isNetworkAdmin: true, roles: new Map() };
const file = { siteId: 3 };

describe('canSeeMedia', () => {
  it('shows a publicly referenced file to everyone, anonymous visitors included', () => {
    assert.equal(canSeeMedia(null, file, { publiclyReferenced: true }), true);
    assert.equal(canSeeMedia(editorOf(4), file, { publiclyReferenced: true }), true);
  });

  it('hides a private file from anonymous visitors', () => {
    assert.equal(canSeeMedia(null, file, { publiclyReferenced: false }), false);
  });

  it('shows a private file to anyone who may enter its site’s admin', () => {
    assert.equal(canSeeMedia(editorOf(3), file, { publiclyReferenced: false }), true);
    assert.equal(canSeeMedia(contributorOf(3), file, { publiclyReferenced: false }), true);
    assert.equal(canSeeMedia(networkAdmin, file, { publiclyReferenced: false }), true);
  });

  it('hides a private file from an editor of another site', () => {
    assert.equal(canSeeMedia(editorOf(4), file, { publiclyReferenced: false }), false);
  });
});

describe('who may edit a file’s texts', () => {
  const file = { siteId: 3, createdBy: 10 };
  const role = (userId: number, r: 'contributor' | 'editor'): Actor => ({ userId, isNetworkAdmin: false, roles: new Map([[3, r]]) });

  it('lets editors edit any file of their site, and contributors only their own uploads', () => {
    assert.equal(canEditMediaTexts(role(99, 'editor'), file), true);
    assert.equal(canEditMediaTexts(role(10, 'contributor'), file), true);
    assert.equal(canEditMediaTexts(role(11, 'contributor'), file), false);
    assert.equal(canEditMediaTexts(null, file), false);
  });

  it('gives nothing on another site’s files', () => {
    assert.equal(canEditMediaTexts(role(10, 'editor'), { siteId: 4, createdBy: 10 }), false);
  });
});
