// The stored bundle update's key in storage.local, apart from its WXT item so that the content
// script can read it raw without loading the storage library (extension/page/page-storage.ts).
export const ACTIVE_UPDATE_KEY = 'activeBundle';
