package org.tremplin.shared.domain;

import java.util.List;

/** One page of a list and the number of rows of the whole list. */
public record Page<T>(List<T> items, long total) {
}
