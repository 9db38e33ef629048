package org.quire.workgroup.matrix;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every public bean at the root of a feature module, that is, the service
 * layer other modules and views can call, named like {@code SectionService.save(ProposalId, ...)}.
 */
final class ServiceMethods {

    private static final String BASE_PACKAGE = "org.quire";

    private ServiceMethods() {
    }

    static Set<String> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        var methods = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ServiceMethods.class.getClassLoader());
            if (isModuleApi(type)) {
                Arrays.stream(type.getDeclaredMethods()).filter(ServiceMethods::callable)
                        .map(ServiceMethods::name).forEach(methods::add);
            }
        }
        return methods;
    }

    static Set<String> beansOf(Set<String> methods) {
        return methods.stream().map(method -> method.substring(0, method.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isModuleApi(Class<?> type) {
        var modulePackage = type.getPackageName();
        return Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null
                && modulePackage.startsWith(BASE_PACKAGE + ".")
                && modulePackage.indexOf('.', BASE_PACKAGE.length() + 1) < 0;
    }

    private static boolean callable(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                && !method.isBridge() && !isLifecycle(method);
    }

    private static boolean isLifecycle(Method method) {
        return method.getParameterCount() == 0
                && ((method.getName().equals("destroy") && DisposableBean.class.isAssignableFrom(method.getDeclaringClass()))
                || (method.getName().equals("afterPropertiesSet")
                        && InitializingBean.class.isAssignableFrom(method.getDeclaringClass())));
    }

    private static String name(Method method) {
        var parameters = Arrays.stream(method.getParameterTypes()).map(ServiceMethods::typeName)
                .collect(Collectors.joining(", "));
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "(" + parameters + ")";
    }

    private static String typeName(Class<?> type) {
        if (type.isPrimitive() || type.isArray()) {
            return type.getSimpleName();
        }
        return type.getName().substring(type.getPackageName().length() + 1);
    }
}
