/** The team, the questions and the conditions: list entries over the shared draft-and-revision mechanism. */
package com.pks.clinic.content.internal.collection;
