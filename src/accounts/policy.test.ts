import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Actor, authorize, can, canEditItem, permissionsOn } from './policy.ts';

const siteA = 1;
const siteB = 2;
const actor = (roles: [number, 'contributor' | 'editor' | 'site-manager'][], isNetworkAdmin = false): Actor => ({ userId: 10, isNetworkAdmin, roles: new Map(roles) });

test('a role on one site gives nothing on another', () => {
  const contributor = actor([[siteA, 'contributor']]);
  assert.equal(can(contributor, 'admin.enter', { siteId: siteA }), true);
  for (const action of ['admin.enter', 'item.create', 'item.editOwn', 'item.submit'] as const) {
    assert.equal(can(contributor, action, { siteId: siteB }), false, action);
  }
  const manager = actor([[siteA, 'site-manager']]);
  assert.equal(can(manager, 'site.settings', { siteId: siteB }), false);
});

test('contributors write and submit but do not publish or delete', () => {
  const contributor = actor([[siteA, 'contributor']]);
  assert.equal(can(contributor, 'item.create', { siteId: siteA }), true);
  assert.equal(can(contributor, 'item.submit', { siteId: siteA }), true);
  assert.equal(can(contributor, 'item.publish', { siteId: siteA }), false);
  assert.equal(can(contributor, 'item.delete', { siteId: siteA }), false);
  assert.equal(can(contributor, 'site.users', { siteId: siteA }), false);
});

test('contributors edit their own unpublished items only; editors edit anyone’s', () => {
  const contributor = actor([[siteA, 'contributor']]);
  assert.equal(canEditItem(contributor, { siteId: siteA, authorId: 10, published: false }), true);
  assert.equal(canEditItem(contributor, { siteId: siteA, authorId: 10, published: true }), false);
  assert.equal(canEditItem(contributor, { siteId: siteA, authorId: 11, published: false }), false);
  const editor = actor([[siteA, 'editor']]);
  assert.equal(canEditItem(editor, { siteId: siteA, authorId: 11, published: true }), true);
  assert.equal(canEditItem(editor, { siteId: siteB, authorId: 11, published: false }), false);
});

test('only site managers manage settings, users and the audit log; only network administrators manage the network', () => {
  const editor = actor([[siteA, 'editor']]);
  const manager = actor([[siteA, 'site-manager']]);
  for (const action of ['site.settings', 'site.users', 'site.audit'] as const) {
    assert.equal(can(editor, action, { siteId: siteA }), false, action);
    assert.equal(can(manager, action, { siteId: siteA }), true, action);
  }
  assert.equal(can(manager, 'network.manage', { siteId: null }), false);
  assert.equal(can(actor([], true), 'network.manage', { siteId: null }), true);
  assert.equal(can(actor([], true), 'site.settings', { siteId: siteB }), true);
});

test('only network administrators import a site; site managers see and resolve its quarantine', () => {
  for (const role of ['contributor', 'editor', 'site-manager'] as const) {
    assert.equal(can(actor([[siteA, role]]), 'site.import', { siteId: siteA }), false, role);
  }
  assert.equal(can(actor([[siteA, 'contributor']]), 'site.quarantine', { siteId: siteA }), false);
  assert.equal(can(actor([[siteA, 'editor']]), 'site.quarantine', { siteId: siteA }), false);
  const manager = actor([[siteA, 'site-manager']]);
  assert.equal(can(manager, 'site.quarantine', { siteId: siteA }), true);
  assert.equal(can(manager, 'site.quarantine', { siteId: siteB }), false);
  const networkAdmin = actor([], true);
  assert.equal(can(networkAdmin, 'site.import', { siteId: siteB }), true);
  assert.equal(can(networkAdmin, 'site.quarantine', { siteId: siteB }), true);
});

test('fails closed for anonymous actors and unknown actions', () => {
  assert.equal(can(null, 'admin.enter', { siteId: siteA }), false);
  assert.equal(can(actor([[siteA, 'site-manager']]), 'item.teleport' as never, { siteId: siteA }), false);
  assert.throws(() => authorize(null, 'admin.enter', { siteId: siteA }), (e: { statusCode: number }) => e.statusCode === 403);
});

test('views get a precomputed map of what the user may do', () => {
  const map = permissionsOn(actor([[siteA, 'editor']]), siteA);
  assert.equal(map['item.publish'], true);
  assert.equal(map['site.settings'], false);
});
