package org.quire.identity.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Demo sign-in runs exactly when no external OpenID Connect issuer is configured. */
class DemoModeCondition implements Condition {

    static boolean isDemo(org.springframework.core.env.Environment environment) {
        return !StringUtils.hasText(environment.getProperty("quire.oidc.issuer-uri"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isDemo(context.getEnvironment());
    }
}
