/**
 * The one mechanism behind every editable thing of the site, pages and list entries alike: an item with at most
 * one live and one draft revision, optimistic locking, and a revision kept for every change.
 */
package com.pks.clinic.content.internal.item;
