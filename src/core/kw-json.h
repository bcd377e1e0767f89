/* kw-json.h: a small, strict JSON reader and writer (RFC 8259)
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core may use only GLib and SQLite, and the data file is the only JSON
 * Kneewise reads, so this is just enough JSON for it: a parser that refuses
 * anything RFC 8259 does not allow (and a few things it allows but we cannot
 * keep: duplicate member names, NUL in strings, numbers beyond 64 bits), and
 * a writer that can only produce valid text.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KW_JSON_ERROR (kw_json_error_quark ())

/**
 * KwJsonError:
 * @KW_JSON_ERROR_SYNTAX: the text is not JSON
 * @KW_JSON_ERROR_ENCODING: the text is not valid UTF-8
 * @KW_JSON_ERROR_TOO_DEEP: arrays and objects nest deeper than %KW_JSON_MAX_DEPTH
 * @KW_JSON_ERROR_RANGE: a number is too large to hold
 * @KW_JSON_ERROR_DUPLICATE: an object names the same member twice
 */
typedef enum
{
  KW_JSON_ERROR_SYNTAX,
  KW_JSON_ERROR_ENCODING,
  KW_JSON_ERROR_TOO_DEEP,
  KW_JSON_ERROR_RANGE,
  KW_JSON_ERROR_DUPLICATE,
} KwJsonError;

/* Deep enough for any data file (it nests three levels), shallow enough
 * that the recursive parser cannot exhaust the stack. */
#define KW_JSON_MAX_DEPTH 64

typedef enum
{
  KW_JSON_NULL,
  KW_JSON_BOOLEAN,
  KW_JSON_INTEGER,   /* a number without fraction or exponent that fits in gint64 */
  KW_JSON_DOUBLE,    /* any other finite number */
  KW_JSON_STRING,
  KW_JSON_ARRAY,
  KW_JSON_OBJECT,
} KwJsonType;

typedef struct _KwJsonNode KwJsonNode;

GQuark      kw_json_error_quark            (void);

KwJsonNode *kw_json_parse                  (const char        *text,
                                            gsize              length,
                                            GError           **error);
void        kw_json_node_free              (KwJsonNode        *node);

KwJsonType  kw_json_node_get_node_type     (const KwJsonNode  *node);
const char *kw_json_type_get_name          (KwJsonType         type);
gboolean    kw_json_node_get_boolean       (const KwJsonNode  *node);
gint64      kw_json_node_get_integer       (const KwJsonNode  *node);
double      kw_json_node_get_double        (const KwJsonNode  *node);
const char *kw_json_node_get_string        (const KwJsonNode  *node);
guint       kw_json_node_get_length        (const KwJsonNode  *node);
KwJsonNode *kw_json_node_get_element       (const KwJsonNode  *node,
                                            guint              index);
const char *kw_json_node_get_member_name   (const KwJsonNode  *node,
                                            guint              index);
KwJsonNode *kw_json_node_get_member        (const KwJsonNode  *node,
                                            const char        *name);
char       *kw_json_node_to_string         (const KwJsonNode  *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwJsonNode, kw_json_node_free)

/* The writer: a GString with a stack, so commas, quotes and escapes are
 * never written by hand. A compact container writes its children on one
 * line; the others indent by two spaces. */
typedef struct _KwJsonWriter KwJsonWriter;

KwJsonWriter *kw_json_writer_new           (void);
void          kw_json_writer_free          (KwJsonWriter *self);
void          kw_json_writer_begin_object  (KwJsonWriter *self,
                                            gboolean      compact);
void          kw_json_writer_end_object    (KwJsonWriter *self);
void          kw_json_writer_begin_array   (KwJsonWriter *self,
                                            gboolean      compact);
void          kw_json_writer_end_array     (KwJsonWriter *self);
void          kw_json_writer_member        (KwJsonWriter *self,
                                            const char   *name);
void          kw_json_writer_string        (KwJsonWriter *self,
                                            const char   *value);
void          kw_json_writer_integer       (KwJsonWriter *self,
                                            gint64        value);
void          kw_json_writer_boolean       (KwJsonWriter *self,
                                            gboolean      value);
void          kw_json_writer_null          (KwJsonWriter *self);
GBytes       *kw_json_writer_free_to_bytes (KwJsonWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwJsonWriter, kw_json_writer_free)

G_END_DECLS
