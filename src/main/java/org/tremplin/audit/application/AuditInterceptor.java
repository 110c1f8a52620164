package org.tremplin.audit.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside the transaction interceptor (a higher priority number): when the outermost audited call
 * (in its transaction) returns normally, the changes are flushed so that every change is captured, then the captured
 * events are appended to the chain in the same transaction. A call that fails appends nothing — its
 * transaction rolls back.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 10)
public class AuditInterceptor {

    @Inject
    AuditTrail trail;

    @AroundInvoke
    public Object around(InvocationContext call) throws Exception {
        int[] depth = trail.enter(); // per transaction: a nested call in a new transaction is outermost there
        try {
            Object result = call.proceed();
            if (depth != null && depth[0] == 1) {
                trail.flush();
            }
            return result;
        } finally {
            if (depth != null) {
                depth[0]--;
            }
        }
    }
}
