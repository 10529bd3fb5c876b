package com.envgrid.api.access;

import com.envgrid.core.access.GridScope;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;

/** Enforces {@link TouchesGrid}: resolves the grid the call touches and checks it against the caller's scope. */
@Singleton
@InterceptorBean(TouchesGrid.class)
class TouchesGridInterceptor implements MethodInterceptor<Object, Object> {
    private final AccessScopes scopes;
    private final BeanContext beans;

    TouchesGridInterceptor(AccessScopes scopes, BeanContext beans) {
        this.scopes = scopes;
        this.beans = beans;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        String argument = context.stringValue(TouchesGrid.class).orElseThrow();
        var access = context.enumValue(TouchesGrid.class, "access", TouchesGrid.Access.class)
                .orElse(TouchesGrid.Access.READ);
        Class<? extends GridOf> via = (Class<? extends GridOf>) context.classValue(TouchesGrid.class, "via")
                .orElse(GridOf.Direct.class);
        Object value = context.getParameterValueMap().get(argument);
        String code = beans.getBean(via).gridCode(value);
        GridScope scope = scopes.current();
        boolean allowed = access == TouchesGrid.Access.WRITE ? scope.canWrite(code) : scope.canRead(code);
        if (!allowed) {
            throw new AccessDenied((access == TouchesGrid.Access.WRITE ? "changing" : "reading") + " grid " + code
                    + " is outside what a " + scope.role().key() + " signed in here may "
                    + (access == TouchesGrid.Access.WRITE ? "change" : "read"));
        }
        return context.proceed();
    }
}
