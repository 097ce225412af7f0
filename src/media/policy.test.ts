import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../accounts/policy.ts';
import { canSeeMedia } from './policy.ts';

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
