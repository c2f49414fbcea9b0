package com.consumesafe.api.request;

import java.lang.reflect.Method;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API handler that does not say what it produces produces JSON, so that Spring refuses a request accepting
 * only something else (Accept: application/xml) with a 406 while matching it, before the handler stores anything.
 */
class JsonByDefault extends RequestMappingHandlerMapping {

    private static final String API = "/api/";

    @Override
    protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
        RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
        if (info == null || !info.getProducesCondition().isEmpty()
                || !info.getPatternValues().stream().allMatch(pattern -> pattern.startsWith(API))) {
            return info;
        }
        return info.mutate().produces(MediaType.APPLICATION_JSON_VALUE).build();
    }
}
