package org.tremplin.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posts to its page's address with the page's view parameters ({@code view.xhtml?id=12&tab=2}),
 * not to the bare page: after a save the browser's address still names the record, so that reloading or
 * bookmarking it opens that record again (a bare {@code learners/view.xhtml} is a 404).
 */
public class ViewParamsInActionUrls extends ViewHandlerWrapper {

    public ViewParamsInActionUrls(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())) {
            return url;
        }
        StringBuilder query = new StringBuilder();
        for (UIViewParameter param : ViewMetadata.getViewParameters(view)) {
            String value = param.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(URLEncoder.encode(param.getName(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + query;
    }
}
