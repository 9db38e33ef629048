/**
 * Where Quire's data lives: a real MongoDB when {@code MONGODB_URI} is set, otherwise an in-process
 * MongoDB-wire-compatible store on disk. Other modules only ever see Spring Data MongoDB.
 */
@NullMarked
package org.quire.storage;

import org.jspecify.annotations.NullMarked;
