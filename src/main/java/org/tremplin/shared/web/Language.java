package org.tremplin.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the screens: the browser's first supported language, French otherwise, or the user's choice. */
@Named
@SessionScoped
public class Language implements Serializable {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Every language of the screens (faces-config.xml's supported locales). */
    public static final List<Locale> ALL = List.of(FRENCH, ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = supported(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
        }
        return locale;
    }

    /** Outside a page (a download servlet): the user's language, else the request's first supported one. */
    public Locale localeFor(HttpServletRequest request) {
        if (locale == null) {
            locale = supported(request.getLocales().asIterator());
        }
        return locale;
    }

    static Locale supported(java.util.Iterator<Locale> preferred) {
        while (preferred.hasNext()) {
            String lang = preferred.next().getLanguage();
            if ("fr".equals(lang)) {
                return FRENCH;
            }
            if ("en".equals(lang)) {
                return ENGLISH;
            }
        }
        return FRENCH;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** The user's choice, from the header's links ({@link LanguageSwitch}): "en" for English, French otherwise. */
    public void change(String tag) {
        locale = "en".equals(tag) ? ENGLISH : FRENCH;
    }

    /**
     * The header's link to this page in another language: the page's own address and parameters, with
     * {@value LanguageSwitch#PARAMETER}={@code tag} ({@link LanguageSwitch} takes it and sends the page back without it).
     */
    public String link(String tag) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String others = LanguageSwitch.withoutSwitch(request.getQueryString());
        return request.getRequestURI() + "?" + (others.isEmpty() ? "" : others + "&") + LanguageSwitch.PARAMETER + "=" + tag;
    }
}
