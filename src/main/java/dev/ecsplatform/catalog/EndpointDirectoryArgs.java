package dev.ecsplatform.catalog;

import dev.ecsplatform.stack.StackContext;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the endpoint directory publishes.
 *
 * @param stack     the stack's shared facts (parameter paths start with {@code /<project>/<stack>/})
 * @param endpoints the endpoint catalog, by service
 */
public record EndpointDirectoryArgs(StackContext stack, SortedMap<String, ServiceEndpoint> endpoints) {

    public EndpointDirectoryArgs {
        endpoints = Collections.unmodifiableSortedMap(new TreeMap<>(endpoints));
    }
}
